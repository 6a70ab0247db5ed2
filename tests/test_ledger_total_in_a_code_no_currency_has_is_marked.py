"""A code no currency has, stored by an earlier version that took any (5000:UDS), made a total
of its own beside USD's, said as if it were one: `rescue show`, the rescue paper, the Rescues
screen and the rescue form said "5000 UDS" unremarked (a reviewer found). Each now marks such a
total, "5000 UDS (not a known currency code)", so the typo stored before is seen; the line and
the vault are left as they are."""

from __future__ import annotations

import json
from decimal import Decimal

from app.domain.fuzzydate import FuzzyDate
from app.domain.records import CostEntry, RescueOperation
from tests.ui_support import read_vault
from ui.bidi import bare

MARK = "not a known currency code"
COSTS = [("15000", "USD"), ("5000", "UDS"), ("2000", "USD")]


def _stored(s) -> RescueOperation:
    from app.domain.person import NamePart, NameText, Person, Sex
    her = s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")},
                                  sex=Sex.FEMALE))
    rid = s.records.add_rescue(RescueOperation(
        date=FuzzyDate.parse("2019"), person_ids=[her.id], gives_status="rescued",
        costs=[CostEntry(Decimal(a), c, "M-4") for a, c in COSTS]))
    return s.records.get_rescue(rid)


def test_rescue_show_marks_the_total(cli):
    assert cli("init").returncode == 0
    read_vault(cli.vault, _stored)
    shown = cli("rescue", "show", "1").stdout
    assert f"total: 5000 UDS ({MARK})" in shown and "total: 17000 USD\n" in shown + "\n", shown
    assert "  cost: 5000 UDS  M-4" in shown  # the line as the vault holds it
    assert [c["currency"] for c in json.loads(cli("--json", "rescue", "show", "1").stdout)["costs"]] \
        == ["USD", "UDS", "USD"]


def test_the_rescue_paper_marks_the_total(made_vault):
    from app.reports.profiles import Profile
    from app.reports.rescue import select_rescue
    folder, _ = made_vault
    op = read_vault(folder, _stored)
    for lang, mark in (("en", MARK), ("ar", "ليس رمز عملة معروفاً")):
        view = select_rescue(op, [], Profile.INTERNAL, lang, "2026-12-07", "head")
        said = {bare(v) for _, v in view.totals}
        assert said == {"5,000 UDS" + f" ({mark})", "17,000 USD"}, said


def test_the_rescues_screen_and_the_form_mark_the_total(qtbot, gui, made_vault):
    from tests.test_ui_person_page_bidi import _page
    from tests.test_ui_rescue_dialog import _three
    from ui.records_view import paid_said
    folder, _ = made_vault
    op = read_vault(folder, _stored)
    assert bare(paid_said(op.costs)) == f"17,000 USD; 5,000 UDS ({MARK})"
    _three(folder)
    read_vault(folder, lambda s: s.records.add_rescue(RescueOperation(
        date=FuzzyDate.parse("2019"), person_ids=[s.persons.get("SNJ-00002").id],
        gives_status="rescued", costs=[CostEntry(Decimal(a), c) for a, c in COSTS])))
    page = _page(qtbot, gui, folder, "en", "SNJ-00002")
    page.rescue_form(2)
    dialog = page.rescue_dialog
    qtbot.waitUntil(lambda: dialog.op is not None, timeout=10_000)
    assert bare(dialog.total.text()) == f"Total: 5,000 UDS ({MARK}), 17,000 USD", \
        bare(dialog.total.text())
