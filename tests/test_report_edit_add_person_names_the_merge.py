"""`report edit --add-person` with a record merged into a woman the report is about already
names the number given and the merge, as `report add` does: "report 1 is already about
SNJ-00001" alone left the lawyer to find why SNJ-00002 was refused. One rule
(record_persons.one_woman_twice) for both; a report made before the merge that names two
records of her takes another woman still."""

from __future__ import annotations

import json

from tests.cli_helpers import add


def _persons(cli) -> list[str]:
    return json.loads(cli("--json", "report", "list").stdout)[0]["persons"]


def test_the_refusal_names_the_number_given_and_the_merge(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    kept, merged, other = (add(cli, "--given", "Layla", "--father", "Khalil", "--sex", "F",
                               "--status", "missing") for _ in range(3))
    assert cli("merge", kept, merged).returncode == 0
    assert cli("report", "add", "--person", kept, "--text", "seen in Raqqa").returncode == 0
    r = cli("report", "edit", "1", "--add-person", merged)
    assert r.returncode == 2
    assert (f"report 1 is already about {kept} ({merged} is merged into it): nothing changed"
            in r.stderr), r.stderr
    r = cli("report", "edit", "1", "--add-person", kept)
    assert r.returncode == 2 and f"report 1 is already about {kept}: nothing changed" in r.stderr
    assert cli("report", "edit", "1", "--add-person", other).returncode == 0


def test_a_report_naming_two_records_of_her_before_a_merge_takes_another_woman(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    a, b, c = (add(cli, "--given", "Layla", "--father", "Khalil", "--sex", "F", "--status",
                   "missing") for _ in range(3))
    assert cli("report", "add", "--person", a, "--person", b, "--text", "seen").returncode == 0
    assert cli("merge", a, b).returncode == 0
    r = cli("report", "edit", "1", "--add-person", c)
    assert r.returncode == 0, r.stderr
    assert _persons(cli) == [a, c]  # listed as kept
