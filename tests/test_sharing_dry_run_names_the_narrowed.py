"""`person sharing LEVEL --village V --dry-run` named only the persons it would share more
widely; the real run then narrowed four others ("was family: narrowed, no longer for family
papers"), and their family papers were refused from then on. The dry run names every person
whose level it would change, the narrowed as the real run says them, before anything changes."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


def _edits(cli) -> list[str]:
    r = cli("audit", "log", "--limit", "1000", "--json")
    assert r.returncode == 0, r.stderr
    return [e["ref"] for e in json.loads(r.stdout) if e["action"] == "person.edit"]


@pytest.fixture
@built_once
def vault(cli):
    """Of Kocho: SNJ-00001 family, SNJ-00002 internal, SNJ-00003 court, SNJ-00004 ngo."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, level in (("Nadia", "family"), ("Vian", "internal"), ("Jihan", "court"),
                         ("Rana", "ngo")):
        r = cli("person", "add", "--given", given, "--sex", "F", "--village", "Kocho",
                "--sharing", level)
        assert r.returncode == 0, r.stderr
    return cli


def test_the_dry_run_names_whom_it_would_narrow_as_the_real_run_does(vault):
    r = vault("person", "sharing", "court", "--village", "Kocho", "--dry-run")
    assert r.returncode == 0, r.stderr
    dry = r.stdout.splitlines()
    assert dry[0] == ("would set sharing level court on 4 persons; 2 of them shared more "
                      "widely, 1 narrowed (nothing changed: --dry-run)")
    assert dry[1:] == ["  SNJ-00001 (was family: narrowed, no longer for family papers)",
                       "  SNJ-00002 (was internal)", "  SNJ-00004 (was ngo)"]
    seen = json.loads(vault("--json", "person", "sharing", "court", "--village", "Kocho",
                            "--dry-run").stdout)
    assert seen["narrowed"] == ["SNJ-00001"] and seen["widened"] == ["SNJ-00002", "SNJ-00004"]
    assert seen["was"] == {"SNJ-00001": "family", "SNJ-00002": "internal", "SNJ-00004": "ngo"}
    assert _edits(vault) == []
    r = vault("person", "sharing", "court", "--village", "Kocho", "--yes")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[1:] == dry[1:]
