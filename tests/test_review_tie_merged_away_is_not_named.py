"""A tie merged since into one record is no tie, and the review no longer names it. A tester's row
fitted SNJ-00001 and SNJ-00002 as well (Hediye typed twice, in two scripts); after `merge
SNJ-00001 SNJ-00002` the review still said "another record fits as well: SNJ-00002", a record
that no longer stands on its own. Through the command line, either way round."""

from __future__ import annotations

import json

import pytest


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _tied(cli, tmp_path) -> None:
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "person", "add", "--given", "هدية", "--father", "الياس", "--grandfather", "شمو",
        "--sex", "F", "--born", "1994", "--village", "Tel Ezer", "--status", "missing",
        "--status-date", "03/08/2014")
    _ok(cli, "person", "add", "--given", "Hediye", "--father", "Ilyas", "--grandfather", "Shemo",
        "--sex", "F", "--born", "1994", "--village", "Til Ezer", "--status", "missing")
    path = tmp_path / "list.csv"
    path.write_text("Name,Father,Grandfather,Sex,Born,Village,Status\n"
                    "Hadiya,Elias,Shamo,F,1994,Tel Ezer,rescued 2018\n", encoding="utf-8")
    _ok(cli, "import", str(path), "--source", "X")
    assert "another record fits as well" in _ok(cli, "review", "1").stdout


@pytest.mark.parametrize("keep,other", [("SNJ-00001", "SNJ-00002"), ("SNJ-00002", "SNJ-00001")])
def test_the_review_names_no_record_merged_into_the_one_shown(cli, tmp_path, keep, other):
    _tied(cli, tmp_path)
    _ok(cli, "merge", keep, other, "--despite-contradiction")
    said = _ok(cli, "review", "1").stdout
    assert "fits as well" not in said and f"{other} (score" not in said, said
    [row] = json.loads(_ok(cli, "--json", "review", "1").stdout)
    assert row["also_fits"] is None and row["fits_as_well"] == []
    assert "fits as well" not in row["why"]
