"""A --cost's purpose is the rest of its text, ':' and all ("ransom, first half: 50%", "pickup
at 10:30"), as before the currencies were checked: a refusal of every ':' after the paid-to left
a purpose the vault holds impossible to type back with `rescue edit --cost`, which sets the
whole ledger anew (a reviewer found). Only a purpose that begins with ':' is refused, saying what
each part was read as."""

from __future__ import annotations

import json

import pytest

from app.domain.errors import ValidationError
from app.ledger import read_cost

HALF = "15000:USD:M-4:ransom, first half: 50%"
PICKUP = "200:USD:driver D-2:pickup at 10:30"


def test_a_purpose_holds_colons():
    assert read_cost(HALF).purpose == "ransom, first half: 50%"
    assert (read_cost(PICKUP).paid_to, read_cost(PICKUP).purpose) == ("driver D-2", "pickup at 10:30")
    assert read_cost("500:IQD::release: phase 2: half").purpose == "release: phase 2: half"


@pytest.mark.parametrize("spec, read", [
    ("15000:USD:::", "paid to '', purpose ':'"),
    ("15000:USD::::", "paid to '', purpose '::'"),
    ("15000:USD:M-4::second", "paid to 'M-4', purpose ':second'"),
])
def test_a_purpose_that_begins_with_a_colon_is_refused_saying_the_parts(spec, read):
    with pytest.raises(ValidationError) as e:
        read_cost(spec)
    assert str(e.value).startswith(f"--cost {spec!r} reads as amount '15000', currency 'USD', {read}: "
                                   f"a purpose begins with no ':'"), str(e.value)


def test_a_ledger_with_a_colon_in_a_purpose_is_recorded_and_corrected_whole(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    r = cli("rescue", "add", "--person", "SNJ-00001", "--cost", HALF, "--cost", PICKUP)
    assert r.returncode == 0, r.stderr
    # the ledger set anew, its purposes typed back as the vault holds them
    r = cli("rescue", "edit", "1", "--cost", HALF, "--cost", "5000:USD:M-4:second half")
    assert r.returncode == 0, r.stderr
    costs = json.loads(cli("--json", "rescue", "show", "1").stdout)["costs"]
    assert [(c["amount"], c["paid_to"], c["purpose"]) for c in costs] == [
        ("15000", "M-4", "ransom, first half: 50%"), ("5000", "M-4", "second half")]
    r = cli("rescue", "edit", "1", "--add-cost", "15000:USD:::")
    assert r.returncode == 2 and "purpose ':'" in r.stderr, r.stderr
    assert len(json.loads(cli("--json", "rescue", "show", "1").stdout)["costs"]) == 2


def test_the_help_says_what_the_parts_may_hold(cli):
    for sub in ("add", "edit"):
        said = " ".join(cli("rescue", sub, "--help").stdout.split())
        assert "a paid-to holds no ':', a purpose may" in said, sub
