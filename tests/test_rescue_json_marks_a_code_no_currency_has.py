"""`rescue show --json` marks a ledger line and a total in a code no currency has (UDS, stored
by an earlier version that took any) as its text, the rescue paper and the desktop do: it gave
the code bare, so a script summing by currency split the totals as the typo had."""

from __future__ import annotations

import json

from tests.test_ledger_total_in_a_code_no_currency_has_is_marked import _stored
from tests.ui_support import read_vault


def test_rescue_show_json_marks_the_line_and_the_total(cli):
    assert cli("init").returncode == 0
    read_vault(cli.vault, _stored)
    data = json.loads(cli("--json", "rescue", "show", "1").stdout)
    assert [(c["currency"], c["known_currency"]) for c in data["costs"]] == [
        ("USD", True), ("UDS", False), ("USD", True)]
    assert data["totals"] == [{"currency": "UDS", "amount": "5000", "known_currency": False},
                              {"currency": "USD", "amount": "17000", "known_currency": True}]


def test_rescue_list_and_costs_json_mark_it_too(cli):
    assert cli("init").returncode == 0
    read_vault(cli.vault, _stored)
    [op] = json.loads(cli("--json", "rescue", "list").stdout)
    assert {t["currency"]: t["known_currency"] for t in op["totals"]} == {"UDS": False,
                                                                          "USD": True}
    costs = json.loads(cli("--json", "rescue", "costs").stdout)
    assert {t["currency"]: t["known_currency"] for t in costs["totals"]} == {"UDS": False,
                                                                             "USD": True}
