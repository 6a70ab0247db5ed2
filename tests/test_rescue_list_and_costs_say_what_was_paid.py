"""What was paid, to whom, for whom: `rescue list` gives each operation's totals per currency
(text and --json) and `rescue costs` sums every ledger per currency, per payee and per woman;
the lawyer had to run `rescue show` once per operation and add them up herself."""

from __future__ import annotations

import json
from decimal import Decimal

from app.domain.records import CostEntry, RescueOperation


def _vault(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given in ("Nadia", "Xezal", "Samira", "Shirin"):
        assert cli("person", "add", "--given", given, "--sex", "F", "--status", "missing"
                   ).returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--date", "2025-08",
               "--cost", "15000:USD:intermediary M-4:ransom",
               "--cost", "800:USD:driver D-2:transport",
               "--cost", "1500000:IQD:safe house SH-1:lodging").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-4", "--date", "2025-09", "--status", "none",
               "--cost", "300:USD:Driver  D-2:fuel").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-3", "--date", "2025-10").returncode == 0


def test_rescue_list_gives_each_operations_totals(cli):
    _vault(cli)
    lines = [line.split("\t") for line in cli("rescue", "list").stdout.splitlines()]
    assert [line[-1] for line in lines] == ["paid: 1,500,000 IQD; 15,800 USD", "paid: 300 USD",
                                            "paid: nothing recorded"]
    data = json.loads(cli("--json", "rescue", "list").stdout)
    assert data[0]["totals"] == [{"currency": "IQD", "amount": "1500000", "known_currency": True},
                                 {"currency": "USD", "amount": "15800", "known_currency": True}]
    assert data[0]["costs"][0] == {"amount": "15000", "currency": "USD", "known_currency": True,
                                   "paid_to": "intermediary M-4", "purpose": "ransom"}
    assert data[2]["costs"] == [] and data[2]["totals"] == []


def test_rescue_costs_in_all_by_payee_and_by_woman(cli):
    _vault(cli)
    out = cli("rescue", "costs").stdout.splitlines()
    assert out[0] == "paid in 2 of 3 rescue operations: 1,500,000 IQD; 16,100 USD"
    # one payee however its spaces and letters' case were typed; a failed attempt said
    assert "  driver D-2: 1,100 USD (rescues 1, 2; 2 freed no one)" in out
    assert "  intermediary M-4: 15,000 USD (rescue 1)" in out
    assert "  SNJ-00001 Nadia: 1,500,000 IQD; 15,800 USD (rescue 1)" in out
    assert "  SNJ-00002 Xezal: 1,500,000 IQD; 15,800 USD (rescue 1)" in out
    assert "  SNJ-00004 Shirin: 300 USD (rescue 2; 2 freed no one)" in out
    assert not any("SNJ-00003" in line for line in out)  # nothing paid for her
    data = json.loads(cli("--json", "rescue", "costs").stdout)
    assert data["totals"] == [{"currency": "IQD", "amount": "1500000", "known_currency": True},
                              {"currency": "USD", "amount": "16100", "known_currency": True}]
    assert [p["paid_to"] for p in data["by_payee"]] == ["intermediary M-4", "driver D-2",
                                                        "safe house SH-1"]
    assert [w["case_no"] for w in data["by_woman"]] == ["SNJ-00001", "SNJ-00002", "SNJ-00004"]
    assert data["freed_none"] == [2]


def test_a_woman_merged_since_is_counted_under_the_record_kept(cli):
    _vault(cli)
    assert cli("merge", "SNJ-3", "SNJ-4", "--despite-contradiction").returncode == 0
    out = cli("rescue", "costs").stdout
    assert "  SNJ-00003 Samira: 300 USD (rescue 2; 2 freed no one)" in out
    assert "SNJ-00004" not in out


def test_one_sum_for_show_list_costs_and_the_paper():
    from app.ledger_totals import by_payee, totals

    lines = [CostEntry(Decimal("10"), "USD", "M-2"), CostEntry(Decimal("5.50"), "USD", "m-2 "),
             CostEntry(Decimal("1000"), "IQD")]
    assert totals(lines) == {"IQD": Decimal("1000"), "USD": Decimal("15.50")}
    assert list(by_payee([RescueOperation(costs=lines, id=1)])) == ["M-2", "(payee not said)"]
