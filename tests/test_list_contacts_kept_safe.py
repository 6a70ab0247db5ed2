"""What a list's phone and informant columns bring is kept safe and right: whoever reported a
row is never filed as her family's contact, a withdrawn row leaves a contact edited since, a
row that only adds a contact updated her, a number alone is a contact that can be edited, a
spreadsheet's number or date in a phone cell is read as what it is, and the rows written to a
CSV are in the audit trail. Real csv and xlsx files, real vaults, the real command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.import_helpers import cli, write_csv, write_xlsx


def _ok(tmp_path, *args: str):
    out = cli(tmp_path, *args)
    assert out.returncode == 0, out.stderr
    return out


def _contacts(tmp_path, case_no: str) -> list[dict]:
    return json.loads(_ok(tmp_path, "--json", "person", "show", case_no).stdout)[
        "family_contacts"]


# -- 1. a column about whoever reported the row ---------------------------------------------

INFORMANT_HEADERS = [
    "Informant", "Informant phone", "Reporter", "Reporter's phone", "Reported by", "Source",
    "Source phone",
    "Household head", "Head of household", "Phone of head of household",
    "المخبر", "المبلغ", "اسم المبلغ", "رقم المبلغ", "هاتف المخبر", "مصدر المعلومات",
    "رب الأسرة", "رقم هاتف المبلغ",
    "سەرچاوە", "ئاگادارکەرەوە", "ناوی ئاگادارکەرەوە", "سەرۆکی خێزان",
    "Çavkanî", "Agahdar", "Serokê malê"]


@pytest.mark.parametrize("header", INFORMANT_HEADERS)
def test_a_column_naming_who_reported_the_row_maps_to_nothing_and_says_why(tmp_path, header):
    from app.importing.fields import Field
    from app.importing.mapping import suggest
    from app.importing.reader import read_table

    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "Phone", header],
                     [["جيهان", "خلف", "0751 333 4455", "0770 111 2233"],
                      ["نادية", "مراد", "0751 333 4466", "خضر"]])
    m = suggest(read_table(str(path)))
    assert m.columns[header] is Field.IGNORE, m.reasons[header]
    assert "names who reported the row, not her" in str(m.reasons[header])
    assert m.columns["Phone"] is Field.PHONE  # a phone alone is still hers to call


SAID = {"ar": "يسمّي من أبلغ عن الصف", "ckb": "ڕیزەکەی ڕاگەیاندووە",
        "kmr": "navê kesê ku rêz ragihandiye dide"}


@pytest.mark.parametrize("lang", ["ar", "ckb", "kmr"])
def test_the_desktop_says_why_in_the_interface_language(qapp, tmp_path, lang):
    from app.importing.mapping import suggest
    from app.importing.reader import read_table
    from ui.i18n import apply_language
    from ui.import_report import sentence_said

    path = write_csv(tmp_path / "list.csv", ["الاسم", "هاتف المخبر"], [["جيهان", "0770 111 2233"]])
    reason = suggest(read_table(str(path))).reasons["هاتف المخبر"]
    try:
        apply_language(qapp, lang)
        said = sentence_said(reason)
    finally:
        apply_language(qapp, "en")
    assert SAID[lang] in said and "reported" not in said and "هاتف المخبر" in said


def test_an_informants_number_never_becomes_her_family_contact(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv",
                     ["الاسم", "اسم الاب", "رقم الهاتف", "اسم المبلغ", "رقم المبلغ",
                      "Informant phone"],
                     [["جيهان", "خلف", "0751 333 4455", "ابو علي", "0770 999 8877",
                       "0780 555 6677"]])
    dry = json.loads(_ok(tmp_path, "--json", "import", str(path), "--dry-run").stdout)
    assert dry["mapping"]["اسم المبلغ"] == dry["mapping"]["رقم المبلغ"] == "ignore"
    assert dry["mapping"]["Informant phone"] == "ignore"
    _ok(tmp_path, "import", str(path), "--yes")
    [c] = _contacts(tmp_path, "SNJ-00001")
    assert (c["phone"], c["name"]) == ("0751 333 4455", "")
    # the list's row keeps the cells (its provenance); her contacts hold none of them
    shown = _ok(tmp_path, "person", "show", "SNJ-00001").stdout.splitlines()
    contacts = [line for line in shown if line.lstrip().startswith("contact")]
    assert len(contacts) == 1 and "4455" in contacts[0], contacts


def test_a_senders_saved_mapping_no_longer_files_the_informant_as_a_contact(tmp_path):
    """An earlier version took "اسم المبلغ" and "رقم المبلغ" for her contact, and saved that
    as the sender's mapping: the sender's next list is not read so."""
    from app.importing.fields import Field
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault

    session = new_vault(tmp_path / "vault")
    try:
        svc = ImportService(session)
        header = ["الاسم", "اسم الاب", "اسم المبلغ", "رقم المبلغ"]
        first = write_csv(tmp_path / "a.csv", header, [["جيهان", "خلف", "ابو علي", "0770 999 8877"]])
        plan = svc.prepare(str(first), None, "NGO Duhok")
        # as an earlier version suggested it
        plan.mapping.columns["اسم المبلغ"] = Field.CONTACT_NAME
        plan.mapping.columns["رقم المبلغ"] = Field.PHONE
        svc.import_at_once(plan, svc.stage_rows(plan))
        second = write_csv(tmp_path / "b.csv", header, [["نادية", "مراد", "ابو علي", "0770 999 8877"]])
        again = svc.prepare(str(second), None, "NGO Duhok")
        assert again.mapping.columns["اسم المبلغ"] is Field.IGNORE
        assert again.mapping.columns["رقم المبلغ"] is Field.IGNORE
        assert again.mapping.columns["الاسم"] is Field.GIVEN  # the rest of it stands
    finally:
        session.close()


# -- 2. a withdrawn row leaves a contact changed by hand since ---------------------------------

def _dalal_twice(tmp_path) -> None:
    """Dalal, and a second record of her the lawyer will merge hers into."""
    _ok(tmp_path, "init", "--prefix", "SNJ")
    for village in ("كوجو", "Kocho"):
        _ok(tmp_path, "person", "add", "--given", "دلال", "--father", "سليمان", "--village",
            village, "--sex", "F", "--status", "missing")


def test_a_contact_changed_while_her_record_was_merged_stays_when_the_row_is_withdrawn(
        tmp_path):
    """The number was changed from the page of the record hers was merged into (logged under
    that record), then the merge was split: the withdrawal deleted the number typed by hand."""
    _dalal_twice(tmp_path)
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "رقم الهاتف"],
                     [["دلال", "سليمان", "0750 999 8877"]])
    _ok(tmp_path, "import", str(path))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001",
        "--override")
    _ok(tmp_path, "review", "1", "--commit")
    [added] = _contacts(tmp_path, "SNJ-00001")
    _ok(tmp_path, "merge", "SNJ-00002", "SNJ-00001", "--despite-contradiction")
    _ok(tmp_path, "contact", "SNJ-00002", "--change", str(added["id"]), "--phone",
        "0750 999 8878", "--name", "Gule")
    _ok(tmp_path, "split", "SNJ-00001")
    out = _ok(tmp_path, "review", "1", "--row", "2", "--withdraw").stdout
    assert f"left family contact {added['id']} as it is" in out
    assert "it had changed nothing of hers" not in out  # its number is left, not nothing
    assert [(c["name"], c["phone"]) for c in _contacts(tmp_path, "SNJ-00001")] == [
        ("Gule", "0750 999 8878")]
    assert _ok(tmp_path, "audit", "verify").returncode == 0


def test_a_contact_left_by_a_withdrawal_from_her_page_is_named(qtbot, gui, demo_vault,
                                                               tmp_path):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from app.importing.service import ImportService
    from app.vault import open_vault
    from tests.test_ui_person_page_bidi import _page
    from tests.ui_support import PASSPHRASE
    from ui.bidi import bare

    s = open_vault(demo_vault, PASSPHRASE)
    try:
        her = s.persons.get("DEMO-00007")
        lst = write_xlsx(tmp_path / "ministry.xlsx", [("List", [
            ["Name", "Phone"], [her.display_name(), "0750 999 8877"]])])
        svc = ImportService(s)
        plan = svc.prepare(str(lst))
        batch = svc.stage(plan, svc.stage_rows(plan))
        svc.decide(batch, 2, "update", "DEMO-00007", override=True, despite_contradiction=True)
        svc.commit(batch)
        [added] = [c for c in s.records.contacts_for(her.id) if c.batch_id == batch]
        s.records.change_contact("DEMO-00007", added.id, name="Xidir Elias")
    finally:
        s.close()
    page = _page(qtbot, gui, demo_vault, "en", "DEMO-00007")
    model = page.provenance_tab.model
    files = [bare(model.item(r, 2).text()) for r in range(model.rowCount())]
    page.provenance_tab.table.selectRow(files.index("ministry.xlsx"))
    page.findChild(QPushButton, "withdrawListRow").click()
    box = [b for b in page.findChildren(QMessageBox, "withdrawQuestion") if b.isVisible()][0]
    box.findChild(QPushButton, "withdrawGo").click()
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    said = bare(page.error.text())
    assert "the family contact Xidir Elias, changed by hand since the import" in said, said
    assert [c.name for c in page.contacts_tab.contacts if c.id == added.id] == ["Xidir Elias"]


# -- 3. a row that only adds a contact updated her ---------------------------------------------

def test_a_row_that_only_gives_her_a_number_counts_as_an_update(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    _ok(tmp_path, "person", "add", "--given", "دلال", "--father", "سليمان", "--village", "كوجو",
        "--sex", "F", "--status", "missing")
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "القرية", "رقم الهاتف"],
                     [["دلال", "سليمان", "كوجو", "0750 999 8877"]])
    _ok(tmp_path, "import", str(path))
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(tmp_path, "review", "1", "--commit")
    rep = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)
    assert (rep["results"]["updated"], rep["results"]["unchanged"]) == (1, 0)
    assert rep["unchanged_rows"] == []
    [row] = rep["rows"]
    assert (row["result"], row["case_no"]) == ("updated", "SNJ-00001")
    trail = json.loads(_ok(tmp_path, "--json", "audit", "log").stdout)
    commit = next(e for e in trail if e["action"] == "import.commit")
    assert commit["detail"]["results"]["updated"] == 1
    # taken back and decided again: an update again, not "nothing new"
    _ok(tmp_path, "review", "1", "--row", "2", "--withdraw")
    _ok(tmp_path, "review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    [row] = json.loads(_ok(tmp_path, "--json", "review", "1", "--report").stdout)["rows"]
    assert row["result"] == "updated"


# -- 4. a number alone is a contact, and can be edited -----------------------------------------

def test_a_contact_a_list_gave_without_a_name_can_be_edited(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "رقم الهاتف"],
                     [["جيهان", "خلف", "0751 333 4455"]])
    _ok(tmp_path, "import", str(path), "--yes")
    [c] = _contacts(tmp_path, "SNJ-00001")
    assert c["name"] == ""
    out = cli(tmp_path, "contact", "SNJ-00001", "--change", str(c["id"]), "--relation",
              "brother")
    assert out.returncode == 0, out.stderr
    [c] = _contacts(tmp_path, "SNJ-00001")
    assert (c["name"], c["phone"], c["relation"]) == ("", "0751 333 4455", "brother")


def test_the_desktop_lets_a_contact_with_a_number_alone_be_changed(qapp):
    from app.domain.records import FamilyContact
    from ui.contacts_tab import ContactsTab

    tab = ContactsTab()
    try:
        tab.show_contacts([FamilyContact(1, "", "0751 333 4455", id=5, batch_id=1,
                                         row_number=2, list_file="list.csv")])
        tab.table.selectRow(0)
        assert tab.boxes["phone"].text() == "0751 333 4455"
        assert tab.change_button.isEnabled()
        changed = []
        tab.change.connect(lambda cid, fields: changed.append((cid, fields)))
        tab.boxes["relation"].setText("brother")
        tab.change_button.click()
        assert changed == [(5, {"name": "", "phone": "0751 333 4455", "relation": "brother"})]
        tab.boxes["phone"].clear()  # neither a name nor a number: nothing to save
        assert not tab.change_button.isEnabled() and not tab.add_button.isEnabled()
    finally:
        tab.deleteLater()


# -- 5. phone cells as spreadsheets hand them over ---------------------------------------------

def test_a_number_cell_written_as_a_float_is_its_digits(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب", "رقم الهاتف"],
                     [["جيهان", "خلف", "7501234567.0"], ["نادية", "مراد", "07701112233.0"]])
    _ok(tmp_path, "import", str(path), "--yes")
    assert [c["phone"] for c in _contacts(tmp_path, "SNJ-00001")] == ["7501234567"]
    assert [c["phone"] for c in _contacts(tmp_path, "SNJ-00002")] == ["07701112233"]


def test_a_date_in_a_phone_column_is_no_number(tmp_path):
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_xlsx(tmp_path / "list.xlsx", [("List", [
        ["Name", "Father", "Phone"],
        ["Jihan", "Khalaf", dt.datetime(2014, 8, 3)],
        ["Nadia", "Murad", "03/08/2014"],
        ["Layla", "Hasan", "2014-08-03, 0751 333 4455"]])])
    dry = _ok(tmp_path, "import", str(path), "--dry-run").stdout
    for cell in ("2014-08-03", "03/08/2014"):
        assert f"column C (Phone): '{cell}' is a date, not a telephone number" in dry, dry
    assert "'03'" not in dry and "'2014'" not in dry
    _ok(tmp_path, "import", str(path), "--yes")
    assert _contacts(tmp_path, "SNJ-00001") == _contacts(tmp_path, "SNJ-00002") == []
    assert [c["phone"] for c in _contacts(tmp_path, "SNJ-00003")] == ["0751 333 4455"]


# -- 6. the rows written to a CSV are an export -----------------------------------------------

def _imported(tmp_path) -> None:
    _ok(tmp_path, "init", "--prefix", "SNJ")
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب"], [["جيهان", "خلف"]])
    _ok(tmp_path, "import", str(path), "--yes")


def _exports(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e["action"] == "export.import_rows"]


def test_the_rows_written_to_a_csv_are_in_the_audit_trail(tmp_path):
    _imported(tmp_path)
    out = tmp_path / "rows.csv"
    _ok(tmp_path, "review", "1", "--report", "--rows-csv", str(out))
    assert "جيهان" in out.read_text(encoding="utf-8-sig")
    [e] = _exports(json.loads(_ok(tmp_path, "--json", "audit", "log").stdout))
    assert (e["entity"], e["ref"]) == ("import_batch", "1")
    assert (e["detail"]["import_batch"], e["detail"]["file"], e["detail"]["rows"]) == (
        1, "rows.csv", 1)
    assert str(tmp_path) not in json.dumps(e)  # the file's name, not the folders above it
    assert _ok(tmp_path, "audit", "verify").returncode == 0
    # a file that could not be written is no export
    bad = cli(tmp_path, "review", "1", "--report", "--rows-csv", str(tmp_path / "no" / "r.csv"))
    assert bad.returncode != 0 and "nothing was written" in bad.stderr
    assert len(_exports(json.loads(_ok(tmp_path, "--json", "audit", "log").stdout))) == 1


def test_the_desktops_save_csv_is_written_by_the_vault_thread_and_audited(qapp, qtbot,
                                                                          tmp_path):
    import threading

    from app.importing import row_text
    from app.importing.service import ImportService
    from tests.import_helpers import new_vault
    from ui.import_report_window import ImportReportWindow
    from ui.worker import VaultWorker

    session = new_vault(tmp_path / "vault")
    svc = ImportService(session)
    path = write_csv(tmp_path / "list.csv", ["الاسم", "اسم الاب"], [["جيهان", "خلف"]])
    plan = svc.prepare(str(path))
    report = svc.report(svc.import_at_once(plan, svc.stage_rows(plan))["batch"])
    worker = VaultWorker()
    worker.session = session
    # which thread writes: the real function, wrapped to note it
    threads, write = [], row_text.write_csv

    def noted(*args):
        threads.append(threading.current_thread().name)
        return write(*args)

    row_text.write_csv = noted
    try:
        window = ImportReportWindow(report, worker)
        window.rows.save_to(str(tmp_path / "rows.csv"))
        qtbot.waitUntil(lambda: "rows.csv" in window.rows.saved.text(), timeout=10_000)
        window.close()
        assert threads and threads[0].startswith("vault")
        [e] = [e for e in session.audit.newest(5).rows if e.action == "export.import_rows"]
        assert (e.entity, e.entity_ref) == ("import_batch", str(report["batch"]))
        assert json.loads(e.detail)["file"] == "rows.csv"
    finally:
        row_text.write_csv = write
        worker.close()
