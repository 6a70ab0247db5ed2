"""A rescue's ledger: --add-cost adds a line, --cost replaces the whole ledger and says what it
was and is now; currencies written as people write them ($, دينار) are their codes, and an
amount in exponent form or with three decimals is refused."""

from __future__ import annotations

import json


def _ledger(cli, rid: str = "1") -> list[tuple[str, str]]:
    shown = json.loads(cli("--json", "rescue", "show", rid).stdout)
    return [(c["amount"], c["currency"]) for c in shown["costs"]]


def test_adding_a_line_keeps_the_others_and_replacing_says_what_went(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Layla", "--sex", "F").returncode == 0
    r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017", "--cost",
            "15000:USD:M-2", "--cost", "3500000:دينار", "--cost", "2,500.50:$")
    assert r.returncode == 0, r.stderr
    assert _ledger(cli) == [("15000", "USD"), ("3500000", "IQD"), ("2500.50", "USD")]
    r = cli("rescue", "edit", "1", "--add-cost", "500:usd:M-2:bonus")
    assert r.returncode == 0, r.stderr
    assert _ledger(cli)[-1] == ("500", "USD") and len(_ledger(cli)) == 4
    r = cli("rescue", "edit", "1", "--cost", "500:USD")
    assert r.returncode == 0, r.stderr
    assert "ledger was: 15,000 USD to M-2; 3,500,000 IQD; 2,500.50 USD; 500 USD to M-2" \
        in r.stdout
    assert "ledger now: 500 USD" in r.stdout
    assert _ledger(cli) == [("500", "USD")]
    r = cli("rescue", "edit", "1", "--cost", "1:USD", "--add-cost", "2:USD")
    assert r.returncode == 2 and "give one or the other" in r.stderr


def test_amounts_and_currencies_are_read_or_refused_plainly(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Layla", "--sex", "F").returncode == 0
    for typed, said in (("1e6:USD", "'1e6' is not an amount"),
                        ("15000.999:USD", "'15000.999' is not an amount"),
                        ("100:XX", "'XX' is no currency code"),
                        ("100:ليرة", "'ليرة' may be TRY or SYP")):
        r = cli("rescue", "add", "--person", "SNJ-00001", "--cost", typed)
        assert r.returncode == 2 and said in r.stderr, (typed, r.stderr)
    assert cli("rescue", "show", "1").returncode != 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--cost", "100:dollars", "--cost",
               "250000:دينار عراقي").returncode == 0
    assert _ledger(cli) == [("100", "USD"), ("250000", "IQD")]
