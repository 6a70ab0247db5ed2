"""A failed operation (`--status none`, the desktop's "Not freed") took a handover-to-family
date, and her family's paper printed "Handover to family" beside "Current status: missing".
It is refused now, on the command line and by the service the desktop's forms use, saying
why; the vault unchanged. An operation kept so by an earlier version is not refused when only
its other fields change."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.records import RescueOperation
from app.vault import open_vault
from tests.built_once import built_once
from tests.ui_support import PASSPHRASE

WHY = "an operation that freed no one (it gives no status) has no handover to her family"


@pytest.fixture
@built_once
def held(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--status", "missing",
               "--status-date", "2014-08").returncode == 0
    return cli


def _rescues(cli) -> list:
    return json.loads(cli("--json", "rescue", "list").stdout)


def test_rescue_add_refuses_a_handover_to_a_failed_operation(held):
    done = held("rescue", "add", "--person", "SNJ-00001", "--date", "2017-05", "--status",
                "none", "--handover-to-family", "2017-06", "--outcome", "failed")
    assert done.returncode != 0
    assert f"{WHY} (2017-06): if she was freed after all" in done.stderr, done.stderr
    assert _rescues(held) == []


def test_rescue_edit_refuses_either_half_of_it(held):
    assert held("rescue", "add", "--person", "SNJ-00001", "--date", "2017-05", "--status",
                "none").returncode == 0
    assert held("rescue", "add", "--person", "SNJ-00001", "--date", "2017-07",
                "--handover-to-family", "2017-08").returncode == 0
    for args in (("1", "--handover-to-family", "2017-06"), ("2", "--status", "none")):
        done = held("rescue", "edit", *args)
        assert done.returncode != 0 and WHY in done.stderr, done.stderr
    shown = json.loads(held("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "reunited"
    done = held("rescue", "edit", "2", "--status", "none", "--handover-to-family", "")
    assert done.returncode == 0, done.stderr


def test_the_desktops_not_freed_with_a_handover_is_refused(held):
    from ui import person_ops
    s = open_vault(held.vault, PASSPHRASE)
    try:
        with pytest.raises(ValidationError, match="freed no one"):
            person_ops.add_rescue(s, "SNJ-00001", {
                "date": "2017-05", "from_place": "Raqqa", "handover_point": "",
                "outcome": "failed", "handover_to_family": "2017-06", "gives_status": "none"})
        assert s.records.list_rescues() == []
    finally:
        s.close()


def test_an_old_failed_operation_with_a_handover_keeps_taking_other_changes(held):
    s = open_vault(held.vault, PASSPHRASE)
    try:
        person = s.persons.get("SNJ-00001")
        rid = s.records.add_rescue(RescueOperation(
            date=FuzzyDate(text="2017"), person_ids=[person.id], gives_status="none"))
        op = s.records.get_rescue(rid)
        op.handover_to_family = FuzzyDate(text="later")  # as an earlier version could keep it
        with s.db.transaction():
            s.records.repo.update_rescue(op)
    finally:
        s.close()
    done = held("rescue", "edit", "1", "--notes", "kept")
    assert done.returncode == 0, done.stderr
    assert "later" in held("rescue", "show", "1").stdout
