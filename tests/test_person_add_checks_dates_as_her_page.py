"""`person add` refuses what her page refuses to add (a status that only follows her abduction
dated before it) and a birth after her abduction; a whole record read from a file keeps what
it holds, as a list's row does."""

from __future__ import annotations

import json


def test_a_status_before_her_abduction_is_refused(cli):
    cli("init", "--prefix", "SNJ")
    r = cli("person", "add", "--given", "Suzan", "--abducted", "2014-08-03", "--status",
            "sighted", "--status-date", "2013")
    assert r.returncode != 0
    assert "sighted on 2013 is before her abduction (2014-08-03): check the date" in r.stderr
    assert json.loads(cli("--json", "person", "list").stdout) == []


def test_a_birth_after_her_abduction_is_refused(cli):
    cli("init", "--prefix", "SNJ")
    r = cli("person", "add", "--given", "Suzan", "--abducted", "2014-08-03", "--born", "2016")
    assert r.returncode != 0
    assert "born 2016, after her abduction (2014-08-03): check both dates" in r.stderr


def test_dates_in_order_are_saved(cli):
    cli("init", "--prefix", "SNJ")
    r = cli("person", "add", "--given", "Suzan", "--abducted", "2014-08-03", "--born", "1998",
            "--status", "sighted", "--status-date", "2015")
    assert r.returncode == 0 and "SNJ-00001" in r.stdout


def test_a_record_from_a_file_keeps_what_it_holds(cli, tmp_path):
    cli("init", "--prefix", "SNJ")
    path = tmp_path / "her.json"
    path.write_text(json.dumps({"names": {"given": {"original": "", "latin": "Suzan"}},
                                "birth": "2016", "abduction_date": "2014-08-03"}),
                    encoding="utf-8")
    r = cli("person", "add", "--from-json", str(path))
    assert r.returncode == 0, r.stderr
    her = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert (her["birth"]["text"], her["abduction_date"]["text"]) == ("2016", "2014-08-03"), her
