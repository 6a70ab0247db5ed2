"""A rescue cost written as Iraqi receipts write dinars, 1.500.000 (two dots or more between
groups of three digits: no fraction has two dots), is one million five hundred thousand; so are
1,500,000 and 1 500 000. 1.500 alone may be fifteen hundred or one and a half: still refused,
for the lawyer to write it plainly. The command line and the desktop's rescue form alike, on a
real vault."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from app.ledger import CostRefused, read_amount
from tests.test_ui_person_page_bidi import _page
from tests.test_ui_rescue_dialog import _form, _line, _rescues, _saved, _three
from tests.ui_support import read_vault


def _ledger(cli) -> list[tuple[str, str]]:
    shown = json.loads(cli("--json", "rescue", "show", "1").stdout)
    return [(c["amount"], c["currency"]) for c in shown["costs"]]


@pytest.mark.parametrize("typed", ["1.500.000", "1,500,000", "1 500 000", "1\u00a0500\u00a0000"])
def test_thousands_grouped_by_dots_commas_or_spaces_are_one_amount(typed):
    assert read_amount(typed) == Decimal(1500000)


def test_more_groups_and_a_fraction_after_spaced_thousands():
    assert read_amount("12.345.678") == Decimal(12345678)
    assert read_amount("1 500 000.50") == Decimal("1500000.50")


@pytest.mark.parametrize("typed", ["1.500", "1,5"])
def test_one_dot_group_or_a_decimal_comma_is_still_asked(typed):
    with pytest.raises(CostRefused) as refused:
        read_amount(typed)
    assert refused.value.why == "two_ways"


@pytest.mark.parametrize("typed", ["1.500.00", "1..500", "1.5000.000", "1  500"])
def test_groups_not_of_three_are_no_amount(typed):
    with pytest.raises(CostRefused) as refused:
        read_amount(typed)
    assert refused.value.why == "not_amount"


def test_the_command_line_records_1_500_000_dinars_and_asks_about_1_500(cli):
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Sameera", "--sex", "F").returncode == 0
    r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2019",
            "--cost", "1.500.000:IQD:intermediary", "--cost", "1 500 000:دينار",
            "--cost", "1,500,000:IQD")
    assert r.returncode == 0, r.stderr
    assert _ledger(cli) == [("1500000", "IQD")] * 3
    assert "total: 4500000 IQD" in cli("rescue", "show", "1").stdout
    r = cli("rescue", "edit", "1", "--add-cost", "1.500:IQD")
    assert r.returncode == 2 and "may be read two ways" in r.stderr
    assert len(_ledger(cli)) == 3


def test_the_rescue_form_saves_1_500_000_as_typed_on_a_receipt(qtbot, gui, made_vault):
    folder, _ = made_vault
    _three(folder)
    page = _page(qtbot, gui, folder, "en", "SNJ-00001")
    dialog = _form(qtbot, page, {"date": "2019"})
    _line(dialog, "1.500.000", "IQD", "intermediary", "release")
    _line(dialog, "1 500 000", "IQD", "", "")
    _saved(qtbot, dialog)
    (op,) = read_vault(folder, _rescues)
    assert [(c.amount, c.currency) for c in op.costs] == [(Decimal(1500000), "IQD")] * 2
