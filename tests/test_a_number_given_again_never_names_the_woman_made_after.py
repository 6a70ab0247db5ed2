"""A vault of an earlier version gave a deleted newest record's number again. An entry written
before the record now holding that number was made never names her: `audit log` and `audit log
--case` said "Report filed — persons: SNJ-00001, SNJ-00003" of a report filed about the deleted
woman, her History tab and the Audit view too. It is said as a person since deleted."""

from __future__ import annotations

from app.vault import open_vault
from tests.conftest import PASSPHRASE
from tests.test_ui_person_page_bidi import _page
from ui.audit_view import _read_page
from ui.bidi import bare


def _ok(cli, *args: str) -> str:
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    return r.stdout


def _number_given_again(cli) -> None:
    """Leila (SNJ-2, record 2) on reports 1 and 2, deleted; Jihan (SNJ-3) given record 2, as
    earlier versions gave it; then put on report 2."""
    _ok(cli, "init", "--prefix", "SNJ")
    for given, father in (("Nadia", "Murad"), ("Leila", "Salo")):
        _ok(cli, "person", "add", "--given", given, "--father", father, "--sex", "F")
    _ok(cli, "report", "add", "--person", "SNJ-1", "--person", "SNJ-2", "--text", "both seen",
        "--source", "K7", "--received", "01/12/2026")
    _ok(cli, "report", "add", "--person", "SNJ-2", "--text", "Leila seen", "--source", "Q3",
        "--received", "02/12/2026")
    _ok(cli, "person", "delete", "SNJ-2", "--reason", "entered twice", "--yes")
    session = open_vault(cli.vault, PASSPHRASE)
    try:  # the vault as an earlier version left it: no record number kept past the newest
        with session.db.transaction():
            session.meta.set("persons_id_high", "0")
    finally:
        session.close()
    _ok(cli, "person", "add", "--given", "Jihan", "--father", "Hadi", "--sex", "F")
    session = open_vault(cli.vault, PASSPHRASE)
    try:
        assert session.persons.get("SNJ-00003").id == 2  # Leila's number
    finally:
        session.close()
    _ok(cli, "report", "edit", "2", "--add-person", "SNJ-3")


def _filing(text: str, report: str) -> str:
    return next(line for line in text.splitlines() if f"report {report}  Report filed" in line)


def test_audit_log_says_the_deleted_woman_not_the_one_given_her_number(cli):
    _number_given_again(cli)
    for args, report in (((), "1"), (("--case", "SNJ-1"), "1"), (("--case", "SNJ-3"), "2")):
        line = _filing(_ok(cli, "audit", "log", *args), report)
        assert "SNJ-00003" not in line and "since deleted (record 2)" in line, (args, line)
    # what was done to report 2 after she was made does name her
    changed = [ln for ln in _ok(cli, "audit", "log", "--case", "SNJ-3").splitlines()
               if "Report changed" in ln]
    assert changed and all("SNJ-00003" in ln for ln in changed), changed


def test_her_history_tab_and_the_audit_view_say_it_too(qtbot, gui, cli, tmp_path):
    _number_given_again(cli)
    page = _page(qtbot, gui, tmp_path / "vault", "en", "SNJ-00001")
    model = page.history_tab.model
    rows = [[bare(model.item(r, c).text()) for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    filed = next(row for row in rows if row[2] == "Report filed")
    assert "SNJ-00003" not in filed[3] and "since deleted" in filed[3], filed
    session = open_vault(cli.vault, PASSPHRASE)
    try:
        trail, case_nos = _read_page(session, None)
        filings = [r.seq for r in trail.rows if r.action == "report.create"]
        assert filings and all(2 not in case_nos[seq] for seq in filings), case_nos
    finally:
        session.close()
