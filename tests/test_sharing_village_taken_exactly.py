"""A village filter that sets sharing levels takes the village only as the vault writes it (in
any script or spelling of one known place), never a similar name: `person sharing public
--village Hardann` made Hardan's women public. `person list` still reads a village loosely,
and says which villages it took."""

from __future__ import annotations

import json

import pytest

from app.vault import open_vault
from tests.built_once import built_once
from tests.ui_support import PASSPHRASE


def _edits(cli) -> list[str]:
    r = cli("audit", "log", "--limit", "1000", "--json")
    assert r.returncode == 0, r.stderr
    return [e["ref"] for e in json.loads(r.stdout) if e["action"] == "person.edit"
            and "sharing_many" in str(e["detail"])]


@pytest.fixture
@built_once
def vault(cli):
    """SNJ-00001 Nadia of Hardan, SNJ-00002 Vian of Kocho, SNJ-00003 Jihan written Kochoo (a
    slip an older vault kept as typed), all internal."""
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, village in (("Nadia", "Hardan"), ("Vian", "Kocho"), ("Jihan", "Kocho")):
        r = cli("person", "add", "--given", given, "--sex", "F", "--village", village)
        assert r.returncode == 0, r.stderr
    s = open_vault(cli.vault, PASSPHRASE)
    try:
        jihan = s.persons.get("SNJ-00003")
        jihan.origin_village = "Kochoo"
        s.persons.update(jihan)
    finally:
        s.close()
    return cli


def test_a_similar_village_is_refused_naming_what_it_could_mean(vault):
    for extra in ([], ["--yes"], ["--dry-run"]):
        r = vault("person", "sharing", "public", "--village", "Hardann", *extra)
        assert r.returncode == 2, (extra, r.stdout)
        assert "nothing changed: no village of the vault is written 'Hardann'" in r.stderr
        assert "it could mean Hardan" in r.stderr
    assert _edits(vault) == []
    levels = json.loads(vault("--json", "person", "show", "SNJ-00001").stdout)
    assert levels["sharing_level"] == "internal"


def test_the_village_itself_in_another_spelling_or_script_is_taken(vault):
    for typed in ("hardan", "Herdan", "حردان"):
        seen = json.loads(vault("--json", "person", "sharing", "court", "--village", typed,
                                "--dry-run").stdout)
        assert seen["chosen"] == ["SNJ-00001"], typed


def test_a_similar_village_beside_the_exact_one_is_left_out_and_said(vault):
    r = vault("person", "sharing", "court", "--village", "Kocho", "--yes")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "sharing level court: 1 changed, 0 already so"
    assert "similar villages not taken: Kochoo" in r.stdout
    assert _edits(vault) == ["SNJ-00002"]
    seen = json.loads(vault("--json", "person", "sharing", "court", "--village", "Kocho",
                            "--dry-run").stdout)
    assert seen["villages_not_taken"] == ["Kochoo"]


def test_person_list_reads_loosely_and_says_which_villages_it_took(vault):
    out = vault("person", "list", "--village", "Hardann").stdout.splitlines()
    assert out[0] == "village Hardann: records written Hardan (a similar name, not the village typed)"
    assert [line.split("\t")[0] for line in out[1:]] == ["SNJ-00001"]
    out = vault("person", "list", "--village", "Kocho").stdout.splitlines()
    assert out[0] == ("village Kocho: records written Kocho, and Kochoo (a similar name, not "
                      "the village typed)")
    assert [line.split("\t")[0] for line in out[1:]] == ["SNJ-00002", "SNJ-00003"]
    r = vault("--json", "person", "list", "--village", "Hardann")
    assert [row["case_no"] for row in json.loads(r.stdout)] == ["SNJ-00001"]
    assert r.stderr.startswith("village Hardann: records written Hardan")
