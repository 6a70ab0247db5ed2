"""A list that spells her as a record merged into hers finds her. Before, matching read only
live records: after Jihan Murad and Jîhan Mirad were merged, a list's row "Jîhan Mirad" (0.97
against that record before) had no candidate and became a new record of her. (Jîhan is now
read as Jihan as well, test_match_latin_j_as_jim.py; here the merged record gives her father's
name as another list wrote it, Dexîl, which her own record does not hold.)"""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def merged(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    for given, father in (("Jihan", "Murad"), ("Jîhan", "Dexîl"), ("Layla", "Hassan")):
        assert cli("person", "add", "--given", given, "--father", father, "--grandfather",
                   "Khalaf", "--sex", "F", "--village", "Hardan", "--born", "2004"
                   ).returncode == 0
    assert cli("merge", "SNJ-00001", "SNJ-00002", "--despite-contradiction").returncode == 0
    return cli


def _list(tmp_path, *rows: tuple[str, str]) -> str:
    path = tmp_path / "list.csv"
    path.write_text("name,father,grandfather,sex,village,born\n" + "".join(
        f"{g},{f},Khalaf,F,Hardan,2004\n" for g, f in rows), encoding="utf-8")
    return str(path)


def test_match_finds_her_by_the_spelling_of_the_record_merged_into_hers(merged, tmp_path):
    done = merged("--json", "match", _list(tmp_path, ("Jîhan", "Dexîl")))
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)[0]["candidates"]
    assert [c["case_no"] for c in found] == ["SNJ-00001"]  # her, once, not the merged record
    assert "found as SNJ-00002, a record merged into SNJ-00001" in json.dumps(found[0])


def test_an_import_row_spelt_as_the_merged_record_is_her_not_a_new_person(merged, tmp_path):
    done = merged("--json", "import", _list(tmp_path, ("Jîhan", "Dexîl")), "--dry-run")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    row = out["rows"][0]
    assert row["outcome"] != "new" and row["match"] == "SNJ-00001"


def test_her_two_records_fitting_alike_are_no_tie_between_two_women(merged, tmp_path):
    # Both records of hers fit the row as well as each other: one woman, so the row is
    # certainly her (before, "another record fits as well" kept it waiting).
    assert merged("person", "edit", "SNJ-00001", "--given", "Jîhan", "--father",
                  "Dexîl").returncode == 0
    done = merged("--json", "import", _list(tmp_path, ("Jîhan", "Dexîl")), "--dry-run")
    row = json.loads(done.stdout)["rows"][0]
    assert row["outcome"] == "certain" and row["match"] == "SNJ-00001", row
    assert "fits as well" not in row["why"] and row["also_fits"] is None


def test_the_new_person_check_finds_her_and_never_offers_her_own_merged_record(session):
    from app.domain.person import NamePart, NameText, Person, Sex

    def person(given, father):
        return Person(sex=Sex.FEMALE, origin_village="Hardan", names={
            NamePart.GIVEN: NameText("", given), NamePart.FATHER: NameText("", father),
            NamePart.GRANDFATHER: NameText("", "Khalaf")})

    kept = session.persons.create(person("Jihan", "Murad"))
    other = session.persons.create(person("Jîhan", "Mirad"))
    session.matching.merge(kept.case_no, other.case_no, despite_contradiction=True)
    assert session.matching.similar_to(session.persons.get(kept.case_no)) == []
    typed = session.persons.create(person("Jîhan", "Mirad"))  # saved again, by hand
    assert [p.case_no for p in session.matching.similar_to(typed)] == [kept.case_no]


def test_the_desktop_says_which_merged_record_found_her_in_its_language(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app.matching.blocking import merged_found_note
    from tests.conftest import ROOT
    from ui.labels import note_text

    note = merged_found_note("SNJ-00002", "SNJ-00001")
    assert note_text(note) == note
    tr = QTranslator()
    assert tr.load(str(ROOT / "resources" / "translations" / "casekeeper_ar.qm"))
    QCoreApplication.installTranslator(tr)
    try:
        said = note_text(note)
    finally:
        QCoreApplication.removeTranslator(tr)
    assert "SNJ-00002" in said and "SNJ-00001" in said and "found as" not in said
