"""A conflict the vault no longer has is shown settled, never "vault keeps" a value it does not
keep. A tester's Zeina: the official list said Hardan against the vault's Tel Qasab; then the
NGO corrected its own list to Hardan, and her page said "village Hardan" and, below it, "list
said 'Hardan' (vault keeps 'Tel Qasab')", left to settle. Samira's rescue, withdrawn as the
report advised, left "vault keeps 'rescued, 2024'" on her page. Through the command line, and
the desktop's tab count."""

from __future__ import annotations

import json
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import Person, Status, StatusEvent
from app.importing.settled_in_vault import as_the_vault_is

AR = "الاسم,اسم الاب,اسم الجد,الجنس,المواليد,القرية,الحالة\n"


def _ok(cli, *args: str):
    r = cli(*args)
    assert r.returncode == 0, r.stdout + r.stderr
    return r


def _conflicts(cli, case_no: str) -> list[dict]:
    return json.loads(_ok(cli, "--json", "person", "show", case_no).stdout)["list_conflicts"]


def _zeina(cli, tmp_path) -> None:
    """The official list's village noted against the vault's, then the NGO's correction."""
    (tmp_path / "v1.csv").write_text(AR + "زينة,سليمان,بركات,انثى,2004,تل قصب,مفقودة\n",
                                     encoding="utf-8")
    (tmp_path / "off.csv").write_text(
        "Full Name,Sex,Date of Birth,Village,Status\nZaina Sulaiman Barakat,F,2004,Hardan,Missing\n",
        encoding="utf-8")
    (tmp_path / "v2.csv").write_text(AR + "زينة,سليمان,بركات,انثى,2004,حردان,مفقودة\n",
                                     encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(tmp_path / "v1.csv"), "--source", "NGO")
    _ok(cli, "import", str(tmp_path / "off.csv"), "--source", "Official")
    _ok(cli, "review", "2", "--row", "2", "--decide", "update", "--person", "SNJ-00001")
    _ok(cli, "review", "2", "--commit")
    [c] = _conflicts(cli, "SNJ-00001")
    assert c["field"] == "origin_village" and c["vault"] == "Tel Qasab"
    assert not c.get("settled_in_vault")  # to settle, while the vault keeps Tel Qasab
    _ok(cli, "import", str(tmp_path / "v2.csv"), "--source", "NGO")


def test_a_village_the_vault_took_since_is_settled(cli, tmp_path):
    _zeina(cli, tmp_path)
    [c] = _conflicts(cli, "SNJ-00001")
    assert c["settled_in_vault"] == {"now": "Hardan"}
    shown = _ok(cli, "person", "show", "SNJ-00001").stdout
    line = next(x for x in shown.splitlines() if x.strip().startswith("list said"))
    assert "vault keeps" not in line
    assert "settled: the vault holds the list's value now" in line


def test_a_status_withdrawn_is_said_as_the_vault_keeps_it_now(cli, tmp_path):
    (tmp_path / "v1.csv").write_text(AR + "سميرة,حسين,خضر,انثى,2000,كوجو,محررة 2024\n",
                                     encoding="utf-8")
    (tmp_path / "v2.csv").write_text(AR + "سميرة,حسين,خضر,انثى,2000,كوجو,مفقودة\n",
                                     encoding="utf-8")
    _ok(cli, "init", "--prefix", "SNJ")
    _ok(cli, "import", str(tmp_path / "v1.csv"), "--source", "NGO")
    _ok(cli, "import", str(tmp_path / "v2.csv"), "--source", "NGO")
    _ok(cli, "person", "status-withdraw", "SNJ-00001", "rescued", "--date", "2024")
    [c] = _conflicts(cli, "SNJ-00001")
    # no rescue is kept any more: the list's "missing" is still not hers, said against what is
    assert (c["vault"], c.get("vault_date"), c["vault_then"]) == ("unknown", None, "rescued")
    assert "rescued" not in _ok(cli, "person", "show", "SNJ-00001").stdout.split("list said")[1]
    _ok(cli, "person", "status", "SNJ-00001", "missing")
    [c] = _conflicts(cli, "SNJ-00001")
    assert c["settled_in_vault"] == {"now": "missing"}


class _Persons:
    def __init__(self, p: Person) -> None:
        self.p = p

    def get(self, case_no: str) -> Person:
        return self.p


def test_a_date_the_vault_no_longer_holds_is_not_said_kept():
    """The official row that dated her rescue 12/03/2019 was withdrawn: she is rescued still,
    by another list, known by the day it was read. "vault keeps 'rescued, 12/03/2019'" was
    false; the list's "missing" is still to settle."""
    p = Person(case_no="SNJ-00003", status_events=[
        StatusEvent(Status.RESCUED, FuzzyDate(latest=date(2026, 12, 6)), recorded_at="x")])
    c = {"batch": 4, "row": 2, "case_no": "SNJ-00003", "field": "status", "vault": "rescued",
         "vault_date": "12/03/2019", "list_status": "missing", "list": "missing «مفقودة»"}
    [now] = as_the_vault_is(_Persons(p), [c])
    assert "vault_date" not in now and now["vault"] == "rescued"
    assert not now.get("settled_in_vault")


def test_the_desktop_counts_only_what_is_left_to_settle(qtbot, gui, cli, tmp_path):
    from tests.ui_support import unlock

    _zeina(cli, tmp_path)
    gui.vault_dir = cli.vault
    main = unlock(qtbot, gui)
    main.open_person("SNJ-00001")
    page = main.person_page
    qtbot.waitUntil(lambda: page.person is not None and page.person.case_no == "SNJ-00001",
                    timeout=10_000)
    tab = page.conflicts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "Not taken from lists"
    row = [tab.model.item(0, c).text() for c in range(tab.model.columnCount())]
    assert row[3].endswith("(settled: the vault holds the list's value now)")
    assert row[4] == "Hardan"
