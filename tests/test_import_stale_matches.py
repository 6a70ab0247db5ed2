"""A staged list waits days for review; meanwhile a person it matched is merged into another
record or deleted. The commit must update the record the user sees, never a hidden one, and
must not fail on (or silently drop) a row whose person is gone."""

import json
from types import SimpleNamespace

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.report import report_text
from app.importing.review import waiting_rows
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_csv

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "المواليد", "القرية", "Abducted"]


def _person(given: str, father: str, grandfather: str, born: str) -> Person:
    return Person(names={NamePart.GIVEN: NameText(given, ""), NamePart.FATHER: NameText(father, ""),
                         NamePart.GRANDFATHER: NameText(grandfather, "")},
                  sex=Sex.FEMALE, birth=FuzzyDate.parse(born), origin_village="كوجو")


def _import_updates(s) -> list:
    rows = [r for r in s.audit.newest(1000).rows if r.action == "person.import_update"]
    return [SimpleNamespace(entity_ref=r.entity_ref, detail=json.loads(r.detail)) for r in rows]


@pytest.fixture
def staged(tmp_path):
    """Two vault persons and a list that is certain of both, staged behind a probable row."""
    s = new_vault(tmp_path / "vault")
    s.persons.create(_person("نادية", "خليل", "الياس", "1990"))
    s.persons.create(_person("نادية", "خليل", "الياس", "1990"))  # her namesake: a tie
    siham = s.persons.create(_person("سهام", "حسن", "علي", "1985"))
    layla = s.persons.create(_person("ليلى", "خضر", "مراد", "1980"))
    src = write_csv(tmp_path / "list.csv", HEADER, [
        ["نادية", "خليل", "الياس", "F", "1990", "كوجو", "2/8/2014"],
        ["سهام", "حسن", "علي", "F", "1985", "كوجو", "3/8/2014"],
        ["ليلى", "خضر", "مراد", "F", "1980", "كوجو", "4/8/2014"]])
    svc = ImportService(s)
    plan = svc.prepare(str(src))
    rows = svc.stage_rows(plan)
    assert [(r.outcome, r.match_person_id) for r in rows] == [
        ("probable", 1), ("certain", siham.id), ("certain", layla.id)]
    batch = svc.stage(plan, rows)
    yield s, svc, batch, siham, layla
    s.close()


def test_an_update_of_a_record_merged_since_staging_goes_to_the_record_it_was_merged_into(
        staged):
    s, svc, batch, siham, _ = staged
    survivor = s.persons.create(_person("سهام", "حسن", "علي", "1985"))
    s.matching.merge(survivor.case_no, siham.case_no)
    shown = {w["row"]: w for w in waiting_rows(svc, batch)}
    assert 3 not in shown  # decided at staging (certain): it does not wait
    svc.decide(batch, 2, "skip")
    svc.decide(batch, 4, "skip", override=True)  # a certain row, set aside on purpose
    report = svc.commit(batch)
    assert report["results"]["updated"] == 1
    assert report["redirected"] == [{"row": 3, "matched": siham.case_no,
                                     "case_no": survivor.case_no}]
    assert (f"row 3 matched {siham.case_no}, since merged into {survivor.case_no}: "
            f"{survivor.case_no} was updated") in report_text(report)
    assert s.persons.get(survivor.case_no).abduction_date.text == "3/8/2014"
    hidden = s.persons.get(siham.case_no)
    assert hidden.merged_into == survivor.id and hidden.abduction_date.is_blank
    entries = _import_updates(s)
    assert [(e.entity_ref, e.detail["matched"]) for e in entries] == [
        (survivor.case_no, siham.case_no)]


def test_a_probable_row_whose_record_was_merged_is_shown_beside_the_record_it_went_into(
        staged):
    s, svc, batch, _, _ = staged
    first = s.persons.get_by_id(1)
    other = s.persons.create(_person("نادية", "خليل", "الياس", "1990"))
    s.matching.merge(other.case_no, first.case_no)
    w = next(w for w in waiting_rows(svc, batch) if w["row"] == 2)
    assert (w["match_case"], w["merged_case"]) == (other.case_no, first.case_no)
    assert w["candidate"]["case_no"] == other.case_no
    # tied with another record still: the update names the one it goes to
    svc.decide(batch, 2, "update", other.case_no)
    svc.decide(batch, 4, "skip", override=True)  # a certain row, set aside on purpose
    svc.commit(batch)
    hidden = s.persons.get(first.case_no)
    assert hidden.merged_into == other.id and hidden.abduction_date.is_blank  # untouched
    assert s.persons.get(other.case_no).abduction_date.text == "2/8/2014"
    assert [e.entity_ref for e in _import_updates(s) if e.detail["row"] == 2] == [other.case_no]


def test_a_row_whose_person_was_deleted_since_staging_is_set_aside(staged):
    """Her row, certain to update her, waits in the list when she is deleted: it goes with
    her record (app/erasure_rows.py), counted among the rejected rows with why, and the list
    is imported without it."""
    s, svc, batch, _, layla = staged
    s.persons.delete(layla.case_no, "entered twice")
    svc.decide(batch, 2, "skip")
    assert waiting_rows(svc, batch) == []
    with pytest.raises(ValidationError, match="row 4 holds nothing left to decide: taken for a "
                                              "person whose record was deleted since"):
        svc.decide(batch, 4, "create", override=True)
    report = svc.commit(batch)
    assert report["results"]["rejected"] == 1 and report["reconciled"]
    assert [r["row"] for r in report["rejected"]] == [4]
    assert s.persons.count() == 3  # three left of four, and Layla not brought back


def test_bulk_decisions_leave_a_row_set_aside_with_her_record(staged):
    s, svc, batch, _, layla = staged
    s.persons.delete(layla.case_no, "entered twice")
    assert svc.decide_all(batch, "skip") == 1  # the probable row; hers is set aside
    report = svc.commit(batch)
    assert (report["results"]["skipped"], report["results"]["updated"],
            report["results"]["rejected"]) == (1, 1, 1)


def test_a_row_an_earlier_version_left_to_update_a_person_deleted_waits_again(staged):
    """A list staged before deletions set her rows aside: an update whose person was deleted
    then lost only its link (ON DELETE SET NULL) and waits to be decided again."""
    s, svc, batch, _, _ = staged
    s.db.conn.execute("UPDATE import_rows SET match_person_id=NULL WHERE batch_id=? AND "
                      "row_number=4", (batch,))
    svc.decide(batch, 2, "skip")
    with pytest.raises(ValidationError, match=r"1 row needs a decision \(first: row 4\)"):
        svc.commit(batch)
    w = {w["row"]: w for w in waiting_rows(svc, batch)}
    assert list(w) == [4] and w[4]["candidate_deleted"] and w[4]["candidate"] is None
    with pytest.raises(ValidationError, match="deleted since the list was staged"):
        svc.decide(batch, 4, "update")
    svc.decide(batch, 4, "create")
    report = svc.commit(batch)
    assert report["results"]["created"] == 1 and report["reconciled"]


def test_review_on_the_command_line_says_a_person_was_deleted_or_merged(tmp_path):
    new_vault(tmp_path / "vault").close()
    src = write_csv(tmp_path / "first.csv", ["Name", "Father", "Grandfather"],
                    [["Nadia", "Basi", "Taha"], ["Layla", "Khidir", "Murad"]])
    assert cli(tmp_path, "import", str(src)).returncode == 0
    # Three name parts and nothing else: probable, so both wait.
    second = write_csv(tmp_path / "second.csv", ["Name", "Father", "Grandfather", "Notes"],
                       [["Nadia", "Basi", "Taha", "x"], ["Layla", "Khidir", "Murad", "y"]])
    out = cli(tmp_path, "import", str(second))
    assert "2 probable matches wait" in out.stdout, out.stdout
    assert cli(tmp_path, "person", "add", "--given", "Nadia", "--father", "Basi",
               "--grandfather", "Taha").returncode == 0  # SNJ-00003
    merged = cli(tmp_path, "merge", "SNJ-00003", "SNJ-00001")
    assert merged.returncode == 0, merged.stderr
    assert cli(tmp_path, "person", "delete", "SNJ-00002", "--reason", "twice", "--yes").returncode == 0
    out = cli(tmp_path, "review", "2")
    assert out.returncode == 0, out.stderr
    assert "probable match with SNJ-00003" in out.stdout
    assert "the row matched SNJ-00001, since merged into SNJ-00003" in out.stdout
    assert "row None" not in out.stdout
    # Layla's row went with her record: it waits no more, and the report says why
    data = json.loads(cli(tmp_path, "--json", "review", "2").stdout)
    assert [(d["match"], d["merged_case"], d["candidate_deleted"]) for d in data] == [
        ("SNJ-00003", "SNJ-00001", False)]
    report = cli(tmp_path, "review", "2", "--report").stdout
    assert ("rejected row 3: taken for a person whose record was deleted since" in report
            ), report


def test_a_waiting_update_is_counted_undecided_and_a_new_row_is_not_called_deleted(staged,
                                                                                   tmp_path):
    s, svc, batch, _, _ = staged
    # her update's person deleted under a version before deletions set such rows aside
    s.db.conn.execute("UPDATE import_rows SET match_person_id=NULL WHERE batch_id=? AND "
                      "row_number=4", (batch,))
    assert svc.report(batch)["decisions"] == {"undecided": 2, "update": 1}
    src = write_csv(tmp_path / "other.csv", HEADER, [["جميلة", "قاسم", "سلو", "F", "", "", ""]])
    plan = svc.prepare(str(src))
    new_batch = svc.stage(plan, svc.stage_rows(plan))  # its one row: new, decided "create"
    with pytest.raises(ValidationError, match=r"\(it matched no one in the vault\)"):
        svc.decide(new_batch, 2, "update", override=True)


def test_a_row_like_a_person_entered_since_staging_is_asked_about_not_duplicated(tmp_path):
    s = new_vault(tmp_path / "vault")
    src = write_csv(tmp_path / "list.csv", HEADER, [
        ["سارة", "خديدة", "الياس", "F", "1999", "كوجو", ""],
        ["جميلة", "مراد", "باسي", "F", "1990", "كوجو", ""],
        ["ليلى", "خضر", "مراد", "F", "1980", "كوجو", ""]])
    svc = ImportService(s)
    plan = svc.prepare(str(src))
    rows = svc.stage_rows(plan)
    rows[1].outcome = "probable"  # one row waits, so the list stays staged for review
    batch = svc.stage(plan, rows)
    # While the list waits, Sara is entered by hand from a family's visit.
    sara = s.persons.create(_person("سارة", "خديدة", "الياس", "1999"))
    svc.decide(batch, 3, "create")
    with pytest.raises(ValidationError, match="1 rows resemble persons added to the vault since "
                                              r"the list was staged \(first: row 2\)"):
        svc.commit(batch)
    (w,) = waiting_rows(svc, batch)
    assert (w["row"], w["match_case"]) == (2, sara.case_no)
    assert "added to the vault after this list was staged" in w["why"]
    svc.decide(batch, 2, "update", sara.case_no)
    report = svc.commit(batch)      # asked once: the answer stands
    assert report["results"]["created"] == 2 and report["results"]["unchanged"] == 1
    assert s.persons.count() == 3   # Sara once
    s.close()
