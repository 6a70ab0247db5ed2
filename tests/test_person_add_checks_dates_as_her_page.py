"""`person add` refuses what her page refuses to add (a status that only follows her abduction
dated before it) and a birth after her abduction; so do `person edit`, her page's form and
blanks filled from what was typed (found in review). A whole record read from a file keeps
what it holds, as a list's row does, unless dates or a status are typed beside it."""

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


def test_person_edit_refuses_a_birth_after_her_abduction(cli):
    cli("init", "--prefix", "SNJ")
    assert cli("person", "add", "--given", "Nadia", "--abducted", "2014-08-03").returncode == 0
    r = cli("person", "edit", "SNJ-00001", "--born", "2016")
    assert r.returncode != 0 and "born 2016, after her abduction (2014-08-03)" in r.stderr
    assert cli("person", "edit", "SNJ-00001", "--notes", "seen in Raqqa").returncode == 0


def test_an_edit_of_a_record_a_list_gave_an_odd_birth_is_not_refused_for_it(tmp_path):
    """A list's row keeps what it says (with a warning): her notes can still be edited."""
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person
    from tests.import_helpers import new_vault

    s = new_vault(tmp_path / "vault")
    p = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")},
                                birth=FuzzyDate.parse("2016"),
                                abduction_date=FuzzyDate.parse("2014-08-03")))
    p.notes = "seen in Raqqa"
    assert s.persons.update(p, by_hand=True).version == 2


def test_typed_dates_beside_a_file_are_checked(cli, tmp_path):
    cli("init", "--prefix", "SNJ")
    path = tmp_path / "her.json"
    path.write_text(json.dumps({"names": {"given": {"original": "", "latin": "Suzan"}}}),
                    encoding="utf-8")
    r = cli("person", "add", "--from-json", str(path), "--abducted", "2014-08-03", "--born",
            "2016")
    assert r.returncode != 0 and "after her abduction" in r.stderr


def test_blanks_filled_from_what_was_typed_are_checked(tmp_path):
    from app.domain.errors import ValidationError
    from app.domain.fuzzydate import FuzzyDate
    from app.domain.person import NamePart, NameText, Person
    from app.person_fill import fill_blanks
    from tests.import_helpers import new_vault

    s = new_vault(tmp_path / "vault")
    her = s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia")},
                                  abduction_date=FuzzyDate.parse("2014-08-03")))
    typed = Person(names={NamePart.GIVEN: NameText("", "Nadia")},
                   birth=FuzzyDate.parse("2016"))
    import pytest
    with pytest.raises(ValidationError, match="after her abduction"):
        fill_blanks(s.persons, her.case_no, typed, her.version)
    assert s.persons.get(her.case_no).birth.is_blank


def test_a_files_own_history_is_not_asked_about_when_a_date_is_typed_beside_it(cli, tmp_path):
    """A record exported from a list, its rescue dated before its abduction, added with
    --born typed: only the birth is checked (found in review)."""
    cli("init", "--prefix", "SNJ")
    path = tmp_path / "her.json"
    path.write_text(json.dumps({"names": {"given": {"original": "", "latin": "Suzan"}},
                                "abduction_date": "03/08/2014",
                                "status_events": [{"status": "rescued", "date": "2013"}]}),
                    encoding="utf-8")
    r = cli("person", "add", "--from-json", str(path), "--born", "1990")
    assert r.returncode == 0, r.stderr
