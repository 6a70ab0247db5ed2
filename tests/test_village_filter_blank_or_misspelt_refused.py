"""A village given to `person sharing` or to a summary is a village: blank (a script's empty
"$V") it was taken as no filter, and `person sharing public --village "" --yes` made every
record public; a summary took Hardann as Hardan and حردان while its paper printed "Village /
town: Hardann" and its help said a similar name is not taken."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


@pytest.fixture
@built_once
def vault(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, village in (("Nadia", "Hardan"), ("Vian", "حردان"), ("Jihan", "Kocho")):
        r = cli("person", "add", "--given", given, "--sex", "F", "--village", village,
                "--sharing", "court", "--status", "rescued")
        assert r.returncode == 0, r.stderr
    return cli


def _levels(cli) -> list[str]:
    return [json.loads(cli("--json", "person", "show", c).stdout)["sharing_level"]
            for c in ("SNJ-00001", "SNJ-00002", "SNJ-00003")]


@pytest.mark.parametrize("blank", ["", "   "])
def test_a_blank_village_sets_no_ones_sharing(vault, blank):
    before = _levels(vault)
    r = vault("person", "sharing", "public", "--village", blank, "--yes")
    assert r.returncode == 2 and "nothing changed: --village is blank" in r.stderr, r.stderr
    assert _levels(vault) == before


def test_a_summary_refuses_a_similar_village_and_a_blank_one(vault, tmp_path):
    out = tmp_path / "s.pdf"
    r = vault("summary", "--profile", "court", "--village", "Hardann", "-o", str(out))
    assert r.returncode == 2 and "it could mean Hardan" in r.stderr, r.stderr
    assert not out.exists()
    r = vault("summary", "--profile", "court", "--village", " ", "-o", str(out))
    assert r.returncode == 2 and "--village is blank" in r.stderr and not out.exists()
    # the village itself, in any script of that place, as before
    r = vault("summary", "--profile", "court", "--village", "hardan", "-o", str(out))
    assert r.returncode == 0 and "summary of 2 persons" in r.stdout, r.stderr
