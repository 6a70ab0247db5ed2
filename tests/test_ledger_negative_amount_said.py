"""`rescue edit --add-cost -500:USD:refund` was read by argparse as an unknown option and said
only "expected one argument"; `--add-cost=-500:...` gave the ledger's own reason. Both forms,
and `--cost` on `rescue add`, now say that an amount paid is more than 0, the ledger
unchanged."""

from __future__ import annotations

import json

import pytest

from tests.built_once import built_once


@pytest.fixture
@built_once
def rescued(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    done = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017-06",
               "--cost", "8000:USD:M-2:ransom")
    assert done.returncode == 0, done.stderr
    return cli


@pytest.mark.parametrize("option", ["--add-cost", "--cost"])
def test_rescue_edit_says_the_ledgers_own_reason(rescued, option):
    done = rescued("rescue", "edit", "1", option, "-500:USD:refund")
    assert done.returncode != 0
    assert "an amount paid is more than 0" in done.stderr, done.stderr
    assert "expected one argument" not in done.stderr
    costs = json.loads(rescued("--json", "rescue", "show", "1").stdout)["costs"]
    assert [c["amount"] for c in costs] == ["8000"]


def test_rescue_add_says_it_too(rescued):
    done = rescued("rescue", "add", "--person", "SNJ-00001", "--date", "2018", "--cost",
                   "-500:USD")
    assert done.returncode != 0 and "an amount paid is more than 0" in done.stderr, done.stderr
