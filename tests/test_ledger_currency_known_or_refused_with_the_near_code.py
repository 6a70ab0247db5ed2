"""A ledger line's currency is an ISO 4217 code or a word people in Iraq write for one (dinar,
دينار, دینار, dînar, dollar, euro, Syrian lira...); a code that is none (UDS) is refused, naming
the field and the code it is nearest (USD?), and a word of two currencies (lira) naming both.
`5000:UDS` had made a total of its own beside USD's, `1000:dinar` was refused though دينار was
IQD, and `15000:USD:::` stored ":" as the purpose (a tester found; a purpose holding ':' is
test_cost_purpose_keeps_its_colons). The desktop's form says the
same in its language; a code an earlier version stored stays as it is."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.domain.errors import ValidationError
from app.ledger import CostRefused, read_cost, read_currency


@pytest.mark.parametrize("typed, code", [
    ("USD", "USD"), ("iqd", "IQD"), ("GBP", "GBP"), ("JOD", "JOD"), ("$", "USD"),
    ("dollars", "USD"), ("دولار", "USD"), ("دۆلار", "USD"), ("dolar", "USD"),
    ("dinar", "IQD"), ("Dinar", "IQD"), ("دينار", "IQD"), ("دینار", "IQD"), ("dînar", "IQD"),
    ("دیناری عێراقی", "IQD"), ("euro", "EUR"), ("يورو", "EUR"), ("یۆرۆ", "EUR"),
    ("ewro", "EUR"), ("turkish lira", "TRY"), ("ليرة تركية", "TRY"), ("lîreya tirkî", "TRY"),
    ("ليرة سورية", "SYP"), ("لیرەی سووری", "SYP"), ("sterling", "GBP"), ("£", "GBP"),
])
def test_a_code_or_a_word_in_her_languages_is_the_currency(typed, code):
    assert read_currency(typed) == code


@pytest.mark.parametrize("typed, near", [("UDS", "USD"), ("IDQ", "IQD"), ("EUT", "EUR"),
                                         ("XYZ", None), ("dinr", None)])
def test_a_code_that_is_none_is_refused_naming_the_nearest(typed, near):
    with pytest.raises(CostRefused) as e:
        read_currency(typed)
    assert e.value.why == "no_currency" and e.value.codes == ((near,) if near else ())
    assert f"{typed!r} is no currency code" in str(e.value)
    assert (f"did you mean {near}?" in str(e.value)) == bool(near)


def test_a_lira_or_a_pound_is_refused_naming_both():
    for typed, codes in (("lira", ("TRY", "SYP")), ("ليرة", ("TRY", "SYP")),
                         ("pound", ("GBP", "SYP"))):
        with pytest.raises(CostRefused) as e:
            read_currency(typed)
        assert e.value.why == "which_currency" and e.value.codes == codes
        assert f"may be {codes[0]} or {codes[1]}" in str(e.value)


def test_a_cost_whose_purpose_is_colons_says_what_each_part_is():
    with pytest.raises(ValidationError) as e:
        read_cost("15000:USD:::")
    assert str(e.value).startswith(
        "--cost '15000:USD:::' reads as amount '15000', currency 'USD', paid to '', "
        "purpose ':': a purpose begins with no ':'")
    assert read_cost("15000:USD::").purpose == ""
    assert read_cost("15000:dinar:M-4:ransom").currency == "IQD"


def test_the_command_line_refuses_a_mistyped_code_and_changes_nothing(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--sex", "F").returncode == 0
    for cost, said in (
            ("5000:UDS:M-4:second", "--cost '5000:UDS:M-4:second', its currency: 'UDS' is no "
                                    "currency code (did you mean USD?)"),
            ("100:XYZ", "'XYZ' is no currency code; write its three letters"),
            ("100:lira", "'lira' may be TRY or SYP"),
            ("15000:USD:::", "reads as amount '15000', currency 'USD'")):
        r = cli("rescue", "add", "--person", "SNJ-00001", "--cost", "15000:USD:M-4:ransom",
                "--cost", cost)
        assert r.returncode == 2 and said in r.stderr, (cost, r.stderr)
    assert cli("rescue", "show", "1").returncode != 0
    r = cli("rescue", "add", "--person", "SNJ-00001", "--cost", "15000:USD:M-4:ransom",
            "--cost", "1000:dinar:driver", "--cost", "200:dînar")
    assert r.returncode == 0, r.stderr
    costs = json.loads(cli("--json", "rescue", "show", "1").stdout)["costs"]
    assert [(c["currency"], c["purpose"]) for c in costs] == [
        ("USD", "ransom"), ("IQD", ""), ("IQD", "")]


def _stored_uds(folder) -> None:
    """A rescue whose ledger an earlier version stored with the code UDS."""
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.domain.records import CostEntry, RescueOperation
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE
    s = open_vault(folder, PASSPHRASE)
    her = s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")},
                                  sex=Sex.FEMALE))
    s.records.add_rescue(RescueOperation(date=FuzzyDate.parse("2019"), person_ids=[her.id],
                                         costs=[CostEntry(Decimal(5000), "UDS", "M-4")]))
    s.close()


def test_the_desktop_says_it_in_arabic_and_keeps_a_code_stored_before(qapp, made_vault,
                                                                      new_translations):
    from tests.ui_support import read_vault
    from ui.i18n import apply_language
    from ui.rescue_ops import read_costs
    folder, _ = made_vault
    _stored_uds(folder)
    op = read_vault(folder, lambda s: s.records.get_rescue(1))
    assert [(c.amount, c.currency) for c in op.costs] == [(Decimal(5000), "UDS")]
    # left as the vault holds it, the line is kept; typed anew, it is read
    assert read_costs([{"amount": "5,000", "currency": "UDS", "stored": "UDS"}])[0].currency \
        == "UDS"
    assert read_costs([{"amount": "100", "currency": "dinar"}])[0].currency == "IQD"
    with pytest.raises(ValidationError) as e:
        read_costs([{"amount": "100", "currency": "UDS"}])
    assert str(e.value).startswith("Ledger line 1: UDS is no currency code; did you mean USD? "
                                   "Write its three letters"), ascii(str(e.value))
    apply_language(qapp, "ar")
    try:
        for typed, said in (("UDS", "ليس رمز عملة؛ هل تقصد"), ("ليرة", "قد تكون"),
                            ("", "بلا عملة")):
            with pytest.raises(ValidationError) as e:
                read_costs([{"amount": "100", "currency": typed}])
            assert said in str(e.value), ascii(str(e.value))
        assert "USD" in str(e.value)
    finally:
        apply_language(qapp, "en")
