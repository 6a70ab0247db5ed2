"""The audit screen reads the trail a page at a time, newest first, and afresh each time it is
shown; Older and Newer step through the pages. Each entry is said in the interface's language
(what was done, the record in words, what it changed), the entry as stored on hover: the
lawyer read 'rescue.costs', 'person SNJ-00001' and raw JSON, even in Arabic."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from PySide6.QtGui import QTextDocumentFragment

from app.audit import PAGE
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person
from app.domain.records import CostEntry, Report, RescueOperation
from tests.conftest import ROOT
from tests.import_helpers import write_csv
from tests.ui_support import PASSPHRASE, unlock, wait_job
from ui.bidi import bare
from ui.print_ops import DOCUMENTS
from ui.settings import write_language


def _seqs(view) -> list[int]:
    return [int(view.model.item(r, 0).text()) for r in range(view.model.rowCount())]


def _wait_page(qtbot, view, top: int) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and _seqs(view)[0] == top
                    and (view.older_button.isEnabled() or view.newer_button.isEnabled()
                         or not view.page.has_older), timeout=10_000)


def test_pages_of_the_trail_newest_first_with_older_and_newer(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    total = wait_job(qtbot, main.worker, lambda s: s.audit.repo.count())
    assert total > PAGE  # the demo vault's trail spans more than one page
    view = main.show_screen("audit")
    _wait_page(qtbot, view, total)
    assert _seqs(view) == list(range(total, total - PAGE, -1))  # one page, not the trail
    assert view.model.item(0, 2).text() == "Vault unlocked"
    assert str(total) in view.count.text()
    assert view.shown.text() == f"Shown: No. {total} to {total - PAGE + 1}"
    assert not view.newer_button.isEnabled() and view.older_button.isEnabled()
    view.older_button.click()
    _wait_page(qtbot, view, total - PAGE)
    assert _seqs(view) == list(range(total - PAGE, max(0, total - 2 * PAGE), -1))
    assert view.newer_button.isEnabled()
    while view.older_button.isEnabled():
        top = _seqs(view)[-1] - 1
        view.older_button.click()
        _wait_page(qtbot, view, top)
    assert _seqs(view)[-1] == 1 and view.model.rowCount() <= PAGE
    view.newer_button.click()
    _wait_page(qtbot, view, _seqs(view)[0] + PAGE)
    assert view.older_button.isEnabled()


def test_the_screen_reads_the_trail_again_when_shown_again(qtbot, gui, demo_vault):
    gui.vault_dir = demo_vault
    main = unlock(qtbot, gui)
    view = main.show_screen("audit")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    before = _seqs(view)[0]
    view.older_button.click()
    _wait_page(qtbot, view, before - PAGE)
    wait_job(qtbot, main.worker, lambda s: s.persons.create(
        Person(names={NamePart.GIVEN: NameText("", "Nadia")})))
    main.show_screen("persons")
    main.show_screen("audit")  # back at the newest page, with the entry made meanwhile
    _wait_page(qtbot, view, before + 1)
    assert view.model.item(0, 2).text() == "Record created"
    assert not view.newer_button.isEnabled()


def _trail_made(folder, tmp_path) -> None:
    """Her record, a rescue with its costs and its ledger changed, a report, a list imported."""
    from app.importing.service import ImportService
    from app.vault import open_vault
    s = open_vault(folder, PASSPHRASE)
    try:
        nadia = s.persons.create(Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}))
        rid = s.records.add_rescue(RescueOperation(
            FuzzyDate.parse("12/04/2019"), person_ids=[nadia.id],
            costs=[CostEntry(Decimal("5000"), "USD", "driver", "transport"),
                   CostEntry(Decimal("1200000"), "IQD")], gives_status="rescued"))
        s.records.replace_costs(rid, [CostEntry(Decimal("6000"), "USD", "driver"),
                                      CostEntry(Decimal("1200000"), "IQD")])
        s.records.add_report(Report(text="seen in Raqqa", source_code="SRC-7",
                                    person_ids=[nadia.id]))
        path = write_csv(tmp_path / "list.csv", ["Name", "Father", "Village"],
                         [["Layla", "Khalaf", "Kocho"], ["Sahar", "Ali", "Hardan"]])
        svc = ImportService(s)
        plan = svc.prepare(str(path))
        svc.commit(svc.stage(plan, svc.stage_rows(plan)))
    finally:
        s.close()


SAID = {
    "en": {"vault.unlock": ("Vault unlocked", "The vault", ["with the passphrase"]),
           "rescue.create": ("Rescue recorded", "Rescue 1",
                             ["persons: SNJ-00001", "gives the status Rescued",
                              "costs: 5,000 USD, 1,200,000 IQD"]),
           "rescue.costs": ("Rescue ledger changed", "Rescue 1",
                            ["ledger now: 6,000 USD, 1,200,000 IQD; was: 5,000 USD, "
                             "1,200,000 IQD"]),
           "report.create": ("Report filed", "Report 1",
                             ["persons: SNJ-00001", "source: SRC-7"]),
           "import.commit": ("List imported", "Import 1",
                             ["list.csv", "rows read: 2", "created: 2"]),
           # the newest: the list's second row
           "person.create": ("Record created", "Person SNJ-00003", ["import 1"])},
    "ar": {"vault.unlock": ("فُتحت الخزنة", "الخزنة", ["بعبارة المرور"]),
           "rescue.create": ("سُجّلت عملية إنقاذ", "عملية الإنقاذ 1",
                             ["الأشخاص: SNJ-00001", "تمنح الحالة أُنقذت",
                              "التكاليف: 5,000 USD، 1,200,000 IQD"]),
           "rescue.costs": ("تغيّر سجل تكاليف عملية الإنقاذ", "عملية الإنقاذ 1",
                            ["التكاليف الآن: 6,000 USD، 1,200,000 IQD؛ وكانت: 5,000 USD، "
                             "1,200,000 IQD"]),
           "report.create": ("سُجّل بلاغ", "البلاغ 1", ["الأشخاص: SNJ-00001", "المصدر: SRC-7"]),
           "import.commit": ("استُوردت قائمة", "الاستيراد 1",
                             ["list.csv", "الصفوف المقروءة: 2", "أُنشئ: 2"]),
           "person.create": ("أُنشئ السجل", "الشخص SNJ-00003", ["الاستيراد 1"])},
}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_entry_is_said_in_the_interface_language(qtbot, gui, made_vault, tmp_path, lang):
    folder, _code = made_vault
    _trail_made(folder, tmp_path)
    write_language(folder, lang)
    gui.vault_dir, gui.language = folder, lang
    main = unlock(qtbot, gui)
    view = main.show_screen("audit")
    qtbot.waitUntil(lambda: view.page is not None and view.model.rowCount() > 0,
                    timeout=10_000)
    cells = {}  # the newest entry of each action, as the screen shows it
    for row, entry in enumerate(view.page.rows):
        cells.setdefault(entry.action, [view.model.item(row, c) for c in range(5)])
    assert view.page.rows[0].action == "vault.unlock"  # the unlock that opened the screen
    for action, (said, record, details) in SAID[lang].items():
        _, _, what, which, detail = cells[action]
        assert bare(what.text()) == said, action
        assert bare(which.text()) == record, action
        for part in details:
            assert part in bare(detail.text()), (action, detail.text())
    for row in range(view.model.rowCount()):  # no code, no JSON, no English kind of record
        what, which, detail = (view.model.item(row, c).text() for c in (2, 3, 4))
        assert what != view.page.rows[row].action and not re.match(r"^[a-z_]+\.", what)
        assert not bare(which).startswith(("person ", "rescue ", "import_batch", "vault"))
        assert "{" not in detail and '"' not in detail
    # the entry as stored stays at hand, on hover
    _, _, what, which, detail = cells["rescue.create"]
    assert _plain(what.toolTip()) == "rescue.create"
    assert _plain(which.toolTip()) == "rescue 1"
    stored = next(e.detail for e in view.page.rows if e.action == "rescue.create")
    assert json.loads(_plain(detail.toolTip())) == json.loads(stored)
    assert json.loads(_plain(detail.toolTip()))["costs"] == [["5000", "USD"], ["1200000", "IQD"]]
    assert json.loads(_plain(cells["import.commit"][4].toolTip()))["rows_read"] == 2


def _plain(tip: str) -> str:
    """A tooltip's text as the user reads it (plain_tooltip sets it as escaped rich text)."""
    return QTextDocumentFragment.fromHtml(tip).toPlainText().replace("\xa0", " ")


def test_every_action_the_program_writes_has_its_words(qapp):
    """An action code written anywhere in app/ or db/ (and those built from a variable: an
    export of each document, a status) has a sentence: the Audit screen shows no code the
    program writes."""
    from ui.history_words import _action, _actions
    written = set()
    for path in [*(ROOT / "app").rglob("*.py"), *(ROOT / "db").rglob("*.py")]:
        written |= set(re.findall(
            r'"((?:person|rescue|report|import|vault|incident|export|match)\.[a-z_.]+)"',
            path.read_text(encoding="utf-8")))
    written -= {"vault.db", "vault.lock"}  # the names of the database and of its lock file
    written |= {f"export.{d}" for d in DOCUMENTS}
    assert {"rescue.costs", "import.commit", "vault.unlock", "person.status"} <= written
    known = _actions()
    for action in sorted(written):
        assert action in known or _action(action, {"status": "rescued"}, "F") != action, action
