"""A sighting dated "about" a time after her rescue or death reaches back into it, and was kept as
history (a rule taken out): she stayed rescued or dead, off every list of the held, though seen
about two years later. It counts at its middle, as it did before. Real vaults, the real command."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def salwa(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    r = cli("person", "add", "--given", "Salwa", "--father", "Salo", "--sex", "F", "--status",
            "missing", "--status-date", "03/08/2014")
    assert r.returncode == 0, r.stderr
    return cli


def _status(cli) -> str:
    return json.loads(cli("--json", "person", "show", "SNJ-1").stdout)["current_status"]


@pytest.mark.parametrize("ended, seen", [("rescued", "about 2017"), ("deceased", "about 2018")])
def test_seen_about_two_years_after_she_is_held_again(salwa, ended, seen):
    assert salwa("person", "status", "SNJ-1", ended, "--date", "2016" if ended == "deceased"
                 else "2015").returncode == 0
    r = salwa("person", "status", "SNJ-1", "sighted", "--date", seen)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("SNJ-00001 is now sighted"), r.stdout
    assert _status(salwa) == "sighted"


def test_seen_about_the_month_after_her_rescue_is_held_again(salwa):
    assert salwa("rescue", "add", "--person", "SNJ-1", "--date", "10/06/2025").returncode == 0
    r = salwa("person", "status", "SNJ-1", "sighted", "--date", "about 07/2025")
    assert "this makes her held again" in r.stdout, r.stdout
    assert _status(salwa) == "sighted"


@pytest.mark.parametrize("first, then", [(("rescued", "about 2015"), ("sighted", "about 2017")),
                                         (("sighted", "about 2017"), ("rescued", "about 2015"))])
def test_the_order_they_were_told_in_does_not_decide(salwa, first, then):
    """A rescue "about 2015" and a sighting "about 2017": sighted, whichever was told first."""
    for status, when in (first, then):
        r = salwa("person", "status", "SNJ-1", status, "--date", when)
        assert r.returncode == 0, r.stderr
    assert _status(salwa) == "sighted"
