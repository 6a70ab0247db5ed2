"""A list waits for review while her record is edited (her sex corrected, her birth given): a row
decided "update" against the record as it was is checked again at the commit, against the record
as it is now. One the record now contradicts waits for a decision again and nothing is imported;
an edit that does not contradict the row, or a decision taken after the edit, goes through."""

import json

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.changed_since import CHANGED
from app.importing.review import waiting_rows
from app.importing.service import ImportService
from tests.import_helpers import new_vault, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية", "Abducted"]


def _person(given: str, father: str, grandfather: str, born: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given, ""), NamePart.FATHER: NameText(father, ""),
                         NamePart.GRANDFATHER: NameText(grandfather, "")},
                  sex=Sex.FEMALE, birth=FuzzyDate.parse(born), origin_village="كوجو")


@pytest.fixture
def staged(tmp_path):
    """Nadia twice in the vault (row 2 waits: a tie), Siham and Layla certain (rows 3, 4)."""
    s = new_vault(tmp_path / "vault")
    s.persons.create(_person("نادية", "خليل", "الياس", "1990"))
    s.persons.create(_person("نادية", "خليل", "الياس", "1990"))
    siham = s.persons.create(_person("سهام", "حسن", "علي", "1985"))
    layla = s.persons.create(_person("ليلى", "خضر", "مراد", "1980"))
    src = write_csv(tmp_path / "list.csv", HEADER, [
        ["نادية", "خليل", "الياس", "F", "1990", "كوجو", "2/8/2014"],
        ["سهام", "حسن", "علي", "F", "1985", "كوجو", "3/8/2014"],
        ["ليلى", "خضر", "مراد", "F", "1980", "كوجو", "4/8/2014"]])
    svc = ImportService(s)
    plan = svc.prepare(str(src))
    batch = svc.stage(plan, svc.stage_rows(plan))
    assert [(w["row"]) for w in waiting_rows(svc, batch)] == [2]
    yield s, svc, batch, siham.case_no, layla.case_no
    s.close()


def _edit(s, case_no: str, **values) -> None:
    p = s.persons.get(case_no)
    for k, v in values.items():
        setattr(p, k, v)
    s.persons.update(p)


def test_a_row_her_record_now_contradicts_waits_and_nothing_is_imported(staged):
    s, svc, batch, siham, layla = staged
    _edit(s, siham, sex=Sex.MALE)  # corrected after the list was staged
    svc.decide(batch, 2, "skip")
    with pytest.raises(ValidationError) as refused:
        svc.commit(batch)
    said = str(refused.value)
    assert (f"1 row was decided to update a record that has changed since, and now disagrees "
            f"with it (row 3 against {siham}: sex (list 'F', read as female; record now male))"
            ) in said, said
    assert "nothing was imported" in said
    # the whole list waits: neither Siham nor Layla got the list's abduction date
    assert s.persons.get(siham).abduction_date.is_blank
    assert s.persons.get(layla).abduction_date.is_blank
    assert svc.batch(batch).state == "staged"
    (w,) = waiting_rows(svc, batch)
    assert (w["row"], w["match_case"]) == (3, siham) and CHANGED in w["why"]
    # decided by her now, against the record as it is: that goes through
    svc.decide(batch, 3, "update", despite_contradiction=True)
    report = svc.commit(batch)
    assert report["results"]["updated"] == 2
    assert s.persons.get(siham).sex is Sex.MALE  # the vault's sex is kept, as ever


def test_births_moved_far_apart_since_staging_ask_again(staged):
    s, svc, batch, siham, _ = staged
    _edit(s, siham, birth=FuzzyDate.parse("2005"))
    svc.decide(batch, 2, "skip")
    with pytest.raises(ValidationError, match=f"row 3 against {siham}: the birth years are 20 "
                                              "years apart"):
        svc.commit(batch)
    assert [w["row"] for w in waiting_rows(svc, batch)] == [3]


def test_an_edit_that_does_not_contradict_the_row_lets_it_through(staged):
    s, svc, batch, siham, layla = staged
    _edit(s, siham, notes="seen in Raqqa by her cousin")
    svc.decide(batch, 2, "skip")
    report = svc.commit(batch)
    assert report["results"]["updated"] == 2
    assert s.persons.get(siham).abduction_date.text == "3/8/2014"
    assert s.persons.get(layla).abduction_date.text == "4/8/2014"


def test_an_update_decided_by_hand_after_the_edit_is_her_informed_decision(staged):
    s, svc, batch, siham, _ = staged
    _edit(s, siham, sex=Sex.MALE)
    svc.decide(batch, 2, "skip")
    svc.decide(batch, 3, "update", override=True, despite_contradiction=True)
    report = svc.commit(batch)
    assert report["results"]["updated"] == 2


def test_an_update_decided_by_hand_before_the_record_was_contradicted_is_asked_again(staged):
    s, svc, batch, _, _ = staged
    nadia = s.persons.get_by_id(1).case_no
    svc.decide(batch, 2, "update", nadia)  # Nadia's row, tied: decided by hand to be SNJ-00001
    _edit(s, nadia, sex=Sex.MALE)
    with pytest.raises(ValidationError, match=f"row 2 against {nadia}: sex"):
        svc.commit(batch)
    assert [w["row"] for w in waiting_rows(svc, batch)] == [2]
    assert s.persons.get(nadia).abduction_date.is_blank


def test_what_a_decision_by_hand_was_made_despite_is_not_asked_again(staged):
    """She took the row for the record despite its sex; a note added to the record later
    changes nothing of that."""
    s, svc, batch, siham, _ = staged
    _edit(s, siham, sex=Sex.MALE)
    svc.decide(batch, 2, "skip")
    svc.decide(batch, 3, "update", override=True, despite_contradiction=True)
    _edit(s, siham, notes="her brother called")
    report = svc.commit(batch)
    assert report["results"]["updated"] == 2


def test_review_on_the_command_line_says_which_row_record_and_field(cli, tmp_path):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    src = write_csv(tmp_path / "list.csv", ["Name", "Father", "Grandfather", "Mother", "Sex",
                                            "Born", "Village"], [
        ["Awaz", "Barakat", "Hajji", "", "F", "1985", "Khanasor"],
        ["Ghazala", "Shekho", "Hassan", "Xate", "F", "1972", "Zorava"]])
    for args in (["--given", "Awaz", "--father", "Barakat"],
                 ["--given", "Ghazala", "--father", "Shekho", "--grandfather", "Hassan",
                  "--sex", "F", "--born", "1972", "--village", "Zorava"]):
        assert cli("person", "add", *args).returncode == 0
    out = cli("import", str(src))
    assert "decisions: undecided 1, update 1" in out.stdout, out.stdout
    assert cli("person", "edit", "SNJ-00002", "--mother", "Khatun").returncode == 0
    assert cli("review", "1", "--row", "2", "--decide", "skip").returncode == 0
    done = cli("review", "1", "--commit")
    assert done.returncode != 0
    assert ("row 3 against SNJ-00002: mother's name (list 'Xate', record now 'Khatun')"
            in done.stderr), done.stderr
    shown = cli("review", "1").stdout
    assert "row 3: probable match with SNJ-00002" in shown and CHANGED in shown
    person = json.loads(cli("--json", "person", "show", "SNJ-00002").stdout)
    assert "Xate" not in json.dumps(person, ensure_ascii=False)


def test_a_list_staged_before_versions_were_kept_goes_by_when_her_record_was_saved(staged):
    """Rows staged by an earlier CaseKeeper keep no version: a record saved after the list was
    staged counts as changed since."""
    s, svc, batch, siham, _ = staged
    s.db.conn.execute("UPDATE import_rows SET decided_version=NULL WHERE batch_id=?", (batch,))
    s.db.conn.execute("UPDATE import_batches SET created_at='2026-01-02T00:00:00Z' WHERE id=?",
                      (batch,))
    _edit(s, siham, sex=Sex.MALE)
    svc.decide(batch, 2, "skip")
    with pytest.raises(ValidationError, match=f"row 3 against {siham}: sex"):
        svc.commit(batch)


def test_a_repeat_going_where_her_row_goes_that_her_record_now_contradicts_waits_too(
        tmp_path):
    """The list names her twice, the sex on the second row only: the second, a repeat of the
    first, goes where the first is decided to go, onto her record. Made a man since, the
    record contradicts the repeat though not the first row: the repeat is asked about, not put
    on the record unseen."""
    s = new_vault(tmp_path / "vault")
    siham = s.persons.create(Person(names={NamePart.GIVEN: NameText("سهام"),
                                           NamePart.FATHER: NameText("حسن"),
                                           NamePart.GRANDFATHER: NameText("علي")},
                                    sex=Sex.FEMALE)).case_no
    src = write_csv(tmp_path / "list.csv", HEADER, [
        ["سهام", "حسن", "علي", "", "1985", "كوجو", "3/8/2014"],
        ["سهام", "حسن", "علي", "F", "1985", "كوجو", "3/8/2014"]])
    svc = ImportService(s)
    plan = svc.prepare(str(src))
    batch = svc.stage(plan, svc.stage_rows(plan))
    svc.decide(batch, 2, "update")
    assert [(r.row_number, r.decision) for r in svc.repo.rows(batch)] == [
        (2, "update"), (3, "same_as_row")]
    _edit(s, siham, sex=Sex.MALE)
    with pytest.raises(ValidationError, match=f"1 row was .* \\(row 3 against {siham}: sex"):
        svc.commit(batch)
    assert [w["row"] for w in waiting_rows(svc, batch)] == [3]
    assert s.persons.get(siham).abduction_date.is_blank
    svc.decide(batch, 3, "skip")
    assert svc.commit(batch)["results"]["updated"] == 1
    s.close()
