"""The currencies paid in Iraq are offered in one order, app/currencies.py PAID_IN_IRAQ, by the
command line (`rescue add --help`, a refused --cost) and by the desktop's rescue form (its
currency box and its refusals, in every language): the form offered another order and list
than the command line (a tester found), and its refusals held a copy of the list of their own."""

from __future__ import annotations

import re

import pytest

from app.currencies import PAID_IN_IRAQ
from app.domain.errors import ValidationError

CODES = re.compile(r"\b(?:USD|IQD|EUR|TRY|SYP|GBP)\b")


def _order(text: str) -> list[str]:
    return CODES.findall(text)


def test_the_command_line_offers_them_in_that_order(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Hevi", "--sex", "F").returncode == 0
    helped = " ".join(cli("rescue", "add", "--help").stdout.split())
    assert ", ".join(PAID_IN_IRAQ) + "..." in helped, helped
    r = cli("rescue", "add", "--person", "SNJ-00001", "--date", "2017", "--cost", "5000:XQQ")
    assert r.returncode != 0 and _order(r.stderr) == list(PAID_IN_IRAQ), r.stderr


def test_the_desktop_box_offers_them_in_that_order(qapp):
    from PySide6.QtWidgets import QDialog

    from ui.rescue_dialog import _LedgerLine

    class Form(QDialog):  # a ledger line's boxes only; the whole form needs an open vault
        def ledger_edited(self, *_):
            pass

        def remove_line(self, *_):
            pass

    dialog = Form()
    box = _LedgerLine(dialog).currency
    assert [box.itemText(i) for i in range(box.count())] == list(PAID_IN_IRAQ)
    dialog.deleteLater()


def test_the_desktop_refusals_take_the_shared_order(qapp, monkeypatch):
    """They name what app/currencies.py gives, not a list of their own."""
    import ui.rescue_ops
    from ui.rescue_ops import read_costs

    monkeypatch.setattr(ui.rescue_ops, "PAID_IN_IRAQ", ("IQD", "USD"))
    for typed in ("", "XQQ", "UDS"):
        with pytest.raises(ValidationError) as e:
            read_costs([{"amount": "100", "currency": typed}])
        listed = re.findall(r"\b(?:USD|IQD|EUR|TRY|SYP|GBP)\b",
                            str(e.value).replace("did you mean USD", ""))
        assert listed == ["IQD", "USD"], str(e.value)


@pytest.mark.parametrize("lang", ["en", "ar", "ckb", "kmr"])
@pytest.mark.parametrize("typed", ["", "XQQ", "UDS"])
def test_the_desktop_refusals_name_them_in_that_order(qapp, new_translations, lang, typed):
    from ui.i18n import apply_language
    from ui.rescue_ops import read_costs

    apply_language(qapp, lang)
    try:
        with pytest.raises(ValidationError) as e:
            read_costs([{"amount": "100", "currency": typed}])
    finally:
        apply_language(qapp, "en")
    said = str(e.value).replace("UDS", "").replace("did you mean USD", "")
    named = _order(said)
    if typed == "UDS":  # "did you mean USD?" comes before the list
        named = named[-len(PAID_IN_IRAQ):]
    assert named == list(PAID_IN_IRAQ), (lang, said)
