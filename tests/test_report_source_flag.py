"""A report that could identify its informant: withheld unless someone says it cannot, and the
flag (with every other field) can be changed later from the command line, in the audit trail."""

from __future__ import annotations

import json
import subprocess

INFORMANT = "Informant Sheikh Mahmoud from the camp office says she is in Raqqa"


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _court_dossier(cli, tmp_path, name: str = "court.pdf") -> str:
    out = tmp_path / name
    r = cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "court")
    assert r.returncode == 0, r.stderr
    return " ".join(_pdf_text(out).split())


def _vault_with_her(cli) -> None:
    assert cli("init", "--prefix", "SNJ").returncode == 0
    # a court may receive her record; freed, as while she is held a court paper leaves out
    # every report of her since her abduction (test_court_papers_while_held.py)
    assert cli("person", "add", "--given", "Nadia", "--sex", "F", "--sharing", "court",
               "--status", "rescued", "--status-date", "2019-05").returncode == 0


def _reports(cli) -> list[dict]:
    r = cli("--json", "report", "list")
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_a_report_added_without_a_word_on_its_source_is_withheld_from_a_court_dossier(
        cli, tmp_path):
    """The tester's report named its informant and the court dossier printed it word for word:
    a report nobody has judged is taken as one that could identify its source."""
    _vault_with_her(cli)
    assert cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT).returncode == 0
    text = _court_dossier(cli, tmp_path)
    assert "Sheikh Mahmoud" not in text
    assert "(content withheld: it could identify the source)" in text
    assert _reports(cli)[0]["could_identify_source"] is True


def test_a_report_said_not_to_identify_its_source_is_printed_for_a_court(cli, tmp_path):
    _vault_with_her(cli)
    r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen at the market in Raqqa",
            "--cannot-identify-source")
    assert r.returncode == 0, r.stderr
    assert "seen at the market in Raqqa" in _court_dossier(cli, tmp_path)
    assert _reports(cli)[0]["could_identify_source"] is False


def test_both_flags_at_once_are_refused(cli):
    _vault_with_her(cli)
    r = cli("report", "add", "--person", "SNJ-00001", "--text", "x",
            "--could-identify-source", "--cannot-identify-source")
    assert r.returncode == 2 and "not allowed with" in r.stderr
    assert _reports(cli) == []


def test_report_edit_flags_a_report_afterwards_and_the_court_dossier_withholds_it(
        cli, tmp_path):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT,
        "--cannot-identify-source")
    assert "Sheikh Mahmoud" in _court_dossier(cli, tmp_path, "before.pdf")
    r = cli("report", "edit", "1", "--could-identify-source")
    assert r.returncode == 0, r.stderr
    assert "could identify its source" in r.stdout
    after = _court_dossier(cli, tmp_path, "after.pdf")
    assert "Sheikh Mahmoud" not in after
    assert "(content withheld: it could identify the source)" in after
    # and back: a lawyer who reads it again and finds no name in it may let a court see it
    assert cli("report", "edit", "1", "--cannot-identify-source").returncode == 0
    assert "Sheikh Mahmoud" in _court_dossier(cli, tmp_path, "again.pdf")


def test_report_edit_is_in_the_audit_trail_with_what_changed(cli):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT)
    assert cli("report", "edit", "1", "--cannot-identify-source", "--credibility", "2"
               ).returncode == 0
    r = cli("--json", "audit", "log", "--limit", "5")
    assert r.returncode == 0, r.stderr
    entries = [e for e in json.loads(r.stdout) if e["action"] == "report.edit"]
    assert len(entries) == 1 and entries[0]["ref"] == "1"
    detail = entries[0]["detail"]
    assert detail["changed"] == ["credibility", "could_identify_source"]
    assert detail["could_identify_source"] is False
    assert "Sheikh" not in json.dumps(detail)  # what it says stays in the report
    # how it was judged before: its credibility was not given, and now is 2
    assert detail["credibility"] == 2 and detail["was"] == {"credibility": None}
    assert cli("report", "edit", "1", "--credibility", "4").returncode == 0
    last = [e for e in json.loads(cli("--json", "audit", "log", "--limit", "5").stdout)
            if e["action"] == "report.edit"][-1]["detail"]
    assert last["was"] == {"credibility": 2} and last["credibility"] == 4
    assert cli("audit", "verify").returncode == 0


def test_report_edit_changes_every_field_report_add_takes(cli):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", "first words")
    r = cli("report", "edit", "1", "--text", "seen in Tal Afar", "--place", "Tal Afar",
            "--source", "S-7Q3", "--credibility", "3", "--received", "03/2019",
            "--observed", "2018")
    assert r.returncode == 0, r.stderr
    [rep] = _reports(cli)
    assert (rep["text"], rep["place"], rep["source_code"], rep["credibility"]) == (
        "seen in Tal Afar", "Tal Afar", "S-7Q3", 3)
    assert rep["received"]["text"] == "03/2019" and rep["observed"]["text"] == "2018"
    assert rep["could_identify_source"] is True  # not named, not changed
    assert rep["persons"] == ["SNJ-00001"]  # the report stays about her
    assert cli("report", "edit", "1", "--no-credibility").returncode == 0
    assert _reports(cli)[0]["credibility"] is None


def test_report_edit_refuses_a_name_as_source_and_nothing_to_change(cli):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", "seen")
    r = cli("report", "edit", "1", "--source", "Sheikh Mahmoud")
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "holds a space" in r.stderr
    r = cli("report", "edit", "1")
    assert r.returncode != 0 and r.stderr.count("\n") == 1 and "nothing to change" in r.stderr
    r = cli("report", "edit", "7", "--place", "Mosul")
    assert r.returncode == 5 and r.stderr.count("\n") == 1 and "no report 7" in r.stderr
    assert _reports(cli)[0]["source_code"] == ""


def test_report_list_and_person_show_say_which_reports_are_withheld(cli):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT)
    cli("report", "add", "--person", "SNJ-00001", "--text", "seen at the market",
        "--cannot-identify-source")
    listed = cli("report", "list").stdout.splitlines()
    assert "could identify its source" in listed[1] and "could identify" not in listed[0]
    shown = cli("person", "show", "SNJ-00001").stdout
    assert "could identify its source" in shown
    around = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert [r["could_identify_source"] for r in around["reports"]] == [True, False]


def test_reports_saved_before_anyone_was_asked_are_withheld_once_at_the_first_unlock(
        cli, tmp_path):
    """The desktop never asked, and `report add` took silence for 'it cannot identify its
    source': no report of an earlier vault says so because someone judged it. The tester's
    report from the desktop would still be printed for a court after the update."""
    from app.records import REPORT_RULE_MARK
    from app.vault import open_vault
    from tests.conftest import PASSPHRASE

    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT, "--cannot-identify-source")
    cli("report", "add", "--person", "SNJ-00001", "--text", "seen in Mosul")
    s = open_vault(cli.vault, PASSPHRASE)
    with s.db.transaction():  # as the earlier version stored them, and no rule mark
        s.db.conn.execute("UPDATE reports SET could_identify_source=0")
        s.db.conn.execute("DELETE FROM vault_meta WHERE key=?", (REPORT_RULE_MARK,))
    s.close()
    assert "Sheikh Mahmoud" not in _court_dossier(cli, tmp_path)
    assert [r["could_identify_source"] for r in _reports(cli)] == [True, True]
    log = json.loads(cli("--json", "audit", "log", "--limit", "50").stdout)
    entries = [e for e in log if e["action"] == "vault.reports_withheld"]
    assert len(entries) == 1 and entries[0]["detail"]["reports"] == [1, 2]
    # once: a report cleared afterwards stays cleared at the next unlock
    assert cli("report", "edit", "2", "--cannot-identify-source").returncode == 0
    assert cli("info").returncode == 0
    assert [r["could_identify_source"] for r in _reports(cli)] == [False, True]
    log = json.loads(cli("--json", "audit", "log", "--limit", "50").stdout)
    assert sum(e["action"] == "vault.reports_withheld" for e in log) == 1


def test_a_new_vault_needs_no_such_pass(cli):
    _vault_with_her(cli)
    cli("report", "add", "--person", "SNJ-00001", "--text", "seen", "--cannot-identify-source")
    assert cli("info").returncode == 0
    assert _reports(cli)[0]["could_identify_source"] is False
    log = json.loads(cli("--json", "audit", "log", "--limit", "50").stdout)
    assert not any(e["action"] == "vault.reports_withheld" for e in log)


def test_a_withheld_report_keeps_its_place_and_source_code_off_a_court_paper(cli, tmp_path):
    """Its text was withheld but its source code printed: the same code stood beside that
    informant's reports printed in full. Its place (where she was seen) may say who saw her."""
    _vault_with_her(cli)
    assert cli("report", "add", "--person", "SNJ-00001", "--text", INFORMANT, "--source",
               "OWL-7", "--place", "Tal Afar checkpoint").returncode == 0
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen at the market",
               "--source", "KITE-2", "--place", "Raqqa", "--cannot-identify-source"
               ).returncode == 0
    text = _court_dossier(cli, tmp_path)
    assert "OWL-7" not in text and "Tal Afar" not in text
    assert "KITE-2" in text and "Raqqa" in text and "seen at the market" in text
    out = tmp_path / "internal.pdf"
    assert cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "internal").returncode == 0
    internal = " ".join(_pdf_text(out).split())
    assert "OWL-7" in internal and "Tal Afar" in internal


def test_an_observed_range_is_printed_whole_on_its_line(cli, tmp_path):
    """"about 2015 (2013–2017)": the Observed column was so narrow that its range was cut,
    ")" alone on a line of its own."""
    _vault_with_her(cli)
    assert cli("report", "add", "--person", "SNJ-00001", "--text", "seen in Raqqa",
               "--observed", "about 2015", "--received", "2016-02",
               "--cannot-identify-source").returncode == 0
    out = tmp_path / "internal.pdf"
    assert cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "internal").returncode == 0
    lines = [line.strip() for line in _pdf_text(out).splitlines()]
    assert "(2013–2017)" in lines and ")" not in lines


def test_a_source_code_is_one_informant_however_it_is_typed(cli):
    """a-7 and A-7 were kept as two informants."""
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Nadia").returncode == 0
    for code in ("a-7", " A-7 "):
        r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen", "--source", code)
        assert r.returncode == 0, r.stderr
    listed = json.loads(cli("--json", "report", "list").stdout)
    assert [x["source_code"] for x in listed] == ["A-7", "A-7"]
    r = cli("report", "add", "--person", "SNJ-00001", "--text", "seen", "--source", "Abu Karim")
    assert r.returncode == 2 and "who a code stands for is not kept in CaseKeeper" in r.stderr
    assert "compartment" not in r.stderr
