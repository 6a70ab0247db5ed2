"""`duplicates --threshold T` leaves out every pair scoring below T, as its help says: a 0.71
pair of a given name and clan was listed at 0.95, below a 0.42 pair of a given name alone.
With no threshold, the few pairs import asks about below the default follow the likely
ones, together best first."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for args in (("--given", "روزا", "--father", "بركات", "--grandfather", "خليل",
                  "--family", "حسكاني", "--village", "Kocho"),
                 ("--given", "روزا", "--family", "حسكاني", "--village", "Kocho"),
                 ("--given", "نادية", "--father", "خدر", "--grandfather", "قاسم",
                  "--family", "قائدي", "--village", "Hardan"),
                 ("--given", "نادية", "--village", "Hardan")):
        out = cli("person", "add", "--sex", "F", "--status", "missing", *args)
        assert out.returncode == 0, out.stderr
    return cli


def _scores(cli, *args):
    r = cli("--json", "duplicates", *args)
    assert r.returncode == 0, r.stderr
    return [(p["a"]["case_no"], p["b"]["case_no"], p["score"]) for p in json.loads(r.stdout)]


def test_a_threshold_given_is_kept_to(vault):
    assert _scores(vault, "--threshold", "0.95") == []
    assert [s for _, _, s in _scores(vault, "--threshold", "0.6")] == [pytest.approx(0.71, abs=0.01)]
    assert "(no likely duplicates)" in vault("duplicates", "--threshold", "0.95").stdout


def test_by_default_the_pairs_asked_about_below_it_come_best_first(vault):
    found = _scores(vault)
    assert [(a, b) for a, b, _ in found] == [("SNJ-00001", "SNJ-00002"), ("SNJ-00003", "SNJ-00004")]
    assert found[0][2] > found[1][2]
