"""A name typed as "paid to" in a rescue's ledger stayed in the audit trail for good: the
creation entry left it out, but each ledger change (`rescue.costs`) copied whole lines, "was"
and "now", and the trail cannot be changed. The intermediary paid is often the informant. Every
ledger entry now keeps amounts and currencies only, as the creation does, and says when who was
paid or what for changed; the Audit screen says "ledger changed" where only they did."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import CostEntry, RescueOperation
from db.database import DB_FILE
from tests.built_once import built_once
from tests.pagescan import pages_holding
from tests.test_deleted_content import _person
from ui.history_words import history_entry

NAME = "Salim Qasim"


@pytest.fixture
@built_once
def corrected(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    assert cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017-06", "--cost",
               f"8000:USD:{NAME} (uncle of the guard):ransom").returncode == 0
    done = cli("rescue", "edit", "1", "--cost", "8000:USD:M-2:ransom")
    assert done.returncode == 0 and "changed (costs)" in done.stdout, done.stderr
    return cli


def _ledger_entries(cli) -> list[dict]:
    return [e for e in json.loads(cli("--json", "audit", "log", "--limit", "50").stdout)
            if e["action"] == "rescue.costs"]


def test_a_payee_corrected_leaves_no_copy_in_the_trail(corrected):
    assert corrected("rescue", "edit", "1", "--add-cost", "500:USD:M-2:transport"
                     ).returncode == 0
    assert corrected("rescue", "delete", "1", "--yes", "--reason", "name must go"
                     ).returncode == 0
    for args in (("audit", "log"), ("--json", "audit", "log"), ("audit", "log", "--limit",
                                                                  "100")):
        shown = corrected(*args).stdout
        assert "Salim" not in shown and "uncle" not in shown, shown
    first, second = _ledger_entries(corrected)[-2:]
    assert first["detail"] == {"was": [["8000", "USD"]], "now": [["8000", "USD"]],
                               "changed": ["paid_to"]}
    assert second["detail"] == {"was": [["8000", "USD"]],
                                "now": [["8000", "USD"], ["500", "USD"]]}
    assert corrected("audit", "verify").returncode == 0


def test_the_audit_screen_says_the_ledger_changed_where_only_the_payee_did(corrected, gui):
    [entry] = _ledger_entries(corrected)
    _what, said, _raw = history_entry("rescue.costs", json.dumps(entry["detail"]))
    assert "ledger changed: who was paid; the amounts as they were: 8,000 USD" in said, said
    assert "was: 8,000 USD" not in said


def test_an_earlier_versions_whole_lines_are_read_so_too(gui):
    old = {"was": [["8000", "USD", NAME, "ransom"]], "now": [["8000", "USD", "M-2", "ransom"]]}
    _what, said, _raw = history_entry("rescue.costs", json.dumps(old))
    assert "ledger changed: who was paid" in said, said
    grown = {"was": [["8000", "USD", "M-2", "ransom"]],
             "now": [["9000", "USD", "M-2", "bribe"]]}
    _what, said, _raw = history_entry("rescue.costs", json.dumps(grown))
    assert "ledger now: 9,000 USD; was: 8,000 USD" in said and "changed: what it was for" in said


def _rescue_paid_to(session, payee: str) -> int:
    pid = session.persons.create(_person("Nadia")).id
    return session.records.add_rescue(RescueOperation(
        date=FuzzyDate.parse("2017"), person_ids=[pid],
        costs=[CostEntry(Decimal("8000"), "USD", payee, "ransom")]))


def test_a_payee_corrected_leaves_no_readable_page_in_the_file(created_session, vault_dir):
    """Read as whoever is made to give the passphrase could, the program still open: neither
    the trail nor a page of the ledger's old line keeps the name."""
    rid = _rescue_paid_to(created_session, "Zzqsalimq")
    created_session.records.replace_costs(rid, [CostEntry(Decimal("8000"), "USD", "M-2", "ransom")])
    assert pages_holding(vault_dir / DB_FILE, created_session.data_key, b"Zzqsalimq") == []
    other = _rescue_paid_to(created_session, "Zzqhamidq")
    created_session.records.delete_rescue(other, "the intermediary's name must go")
    assert pages_holding(vault_dir / DB_FILE, created_session.data_key, b"Zzqhamidq") == []
