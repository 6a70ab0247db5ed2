"""A status or an edit typed under the case number of a record merged into another: "SNJ-00002
is now deceased" was said, and the death reached neither her live record, nor her papers, nor
the lists by status (a tester). Refused now, naming the record to record it on; the records a
merge or a split write are untouched by the refusal."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import ValidationError


def _merged(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, father, grand in (("Salwa", "Khalaf", "Hamo"), ("سلوى", "خلف", "حمو")):
        done = cli("person", "add", "--given", given, "--father", father, "--grandfather", grand,
                   "--sex", "F", "--born", "1996", "--village", "Hardan")
        assert done.returncode == 0, done.stderr
    done = cli("merge", "SNJ-00001", "SNJ-00002")
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("args", [
    ["person", "status", "SNJ-00002", "deceased", "--date", "2018-03-01"],
    ["person", "edit", "SNJ-00002", "--location", "Raqqa"],
    ["person", "status-withdraw", "SNJ-00002", "missing"],
    ["person", "sharing", "public", "SNJ-00002"],  # the hidden record made public, then split
])
def test_a_change_under_a_merged_number_is_refused_naming_her_record(cli, args):
    _merged(cli)
    before = cli("--json", "person", "show", "SNJ-00002").stdout
    done = cli(*args)
    assert done.returncode != 0
    assert "SNJ-00002 has been merged into SNJ-00001: record this on SNJ-00001" in done.stderr
    assert cli("--json", "person", "show", "SNJ-00002").stdout == before
    assert cli("--json", "person", "list", "--status", "deceased").stdout.strip() in ("[]", "")


def test_her_live_record_takes_it(cli):
    _merged(cli)
    done = cli("person", "status", "SNJ-00001", "deceased", "--date", "2018-03-01")
    assert done.returncode == 0, done.stderr
    [her] = json.loads(cli("--json", "person", "list", "--status", "deceased").stdout)
    assert her["case_no"] == "SNJ-00001"


def test_the_desktops_way_is_refused_too(qapp, cli):
    """The desktop's status and its page's save go through the same service (ui/person_ops)."""
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    from ui import person_ops

    _merged(cli)
    session = open_vault(cli.vault, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="record this on SNJ-00001"):
            person_ops.add_status(session, "SNJ-00002", "deceased", "2018-03-01", "")
        her = session.persons.get("SNJ-00002")
        her.last_known_location = "Raqqa"
        with pytest.raises(ValidationError, match="record this on SNJ-00001"):
            person_ops.save(session, her)
        assert session.persons.get("SNJ-00002").last_known_location != "Raqqa"
    finally:
        session.close()
