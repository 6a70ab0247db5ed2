"""`person sharing` by a filter asks before any level that lets her record go further, by the
levels' order: internal to ngo sends it to an NGO partner, though no paper's profile is an
NGO's, and was set unasked and counted as widening no one."""

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
    """SNJ-00001 and SNJ-00002 of Kocho, internal; SNJ-00003 of Kocho, ngo."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, level in (("Nadia", None), ("Vian", None), ("Jihan", "ngo")):
        r = cli("person", "add", "--given", given, "--sex", "F", "--village", "Kocho",
                *(["--sharing", level] if level else []))
        assert r.returncode == 0, r.stderr
    return cli


def test_internal_to_ngo_by_a_filter_is_asked_and_counted(vault):
    r = vault("person", "sharing", "ngo", "--village", "Kocho")
    assert r.returncode == 2, r.stdout
    assert ("nothing changed: 2 persons chosen by the filters would be shared more widely "
            "(ngo)") in r.stderr
    assert _edits(vault) == []
    seen = json.loads(vault("--json", "person", "sharing", "ngo", "--village", "Kocho",
                            "--dry-run").stdout)
    assert seen["widened"] == ["SNJ-00001", "SNJ-00002"]
    r = vault("person", "sharing", "ngo", "--village", "Kocho", "--dry-run")
    assert r.stdout.splitlines()[0].startswith("would set sharing level ngo on 3 persons; 2 of "
                                               "them shared more widely")
    r = vault("person", "sharing", "ngo", "--village", "Kocho", "--yes")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "sharing level ngo: 2 changed, 1 already so"
    assert _edits(vault) == ["SNJ-00001", "SNJ-00002"]


def test_ngo_to_internal_is_said_narrowed(vault):
    said = json.loads(vault("--json", "person", "sharing", "internal", "SNJ-00003").stdout)
    assert said["was"] == {"SNJ-00003": "ngo"} and said["narrowed"] == ["SNJ-00003"]
    r = vault("person", "sharing", "ngo", "SNJ-00003")  # named by number: meant, not asked
    assert r.returncode == 0, r.stderr
    r = vault("person", "sharing", "internal", "--village", "Kocho")
    assert r.returncode == 0, r.stderr  # narrowing is not asked
    assert "1 changed, 2 already so, 1 of them narrowed" in r.stdout
    assert "  SNJ-00003 (was ngo: narrowed)" in r.stdout


def test_the_levels_order_decides_what_widens():
    from app.sharing_many import widens
    order = ["internal", "ngo", "court", "family", "public"]
    for i, before in enumerate(order):
        for j, now in enumerate(order):
            assert widens(before, now) is (j > i), (before, now)
