"""One woman listed twice in one list (in Latin letters and in Arabic script, or spelt alike),
both rows asked about one vault person: the review names the other row, a decision for one
carries to the other, and she never becomes two new records."""

import json

import pytest

from app.domain.person import NamePart, Person, Sex
from app.importing.service import ImportService
from tests.import_helpers import cli, new_vault, write_xlsx

HEADER = ["Name", "Father", "Grandfather"]
# Rows 2, 5 and 6 are one woman; the vault holds her (SNJ-00001) with the same three names and
# nothing else, so each row is a probable match with her (0.966), and no more with each other.
LIST = [HEADER,
        ["Khalida", "Elias", "Khudeda"],   # 2
        ["Layla", "Qasim", "Silo"],        # 3
        ["Jamila", "Khidir", "Naif"],      # 4
        ["خالدة", "الياس", "خديدة"],        # 5
        ["Khalida", "Elias", "Khudeda"]]   # 6


def _khalida(session) -> Person:
    p = Person(sex=Sex.FEMALE)
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER),
                          ("Khalida", "Elias", "Khudeda"), strict=True):
        p.name(part).put(text)
    return session.persons.create(p)


def _cli_vault_and_list(tmp_path, *import_args):
    assert cli(tmp_path, "init").returncode == 0
    added = cli(tmp_path, "person", "add", "--given", "Khalida", "--father", "Elias",
                "--grandfather", "Khudeda", "--sex", "F")
    assert added.returncode == 0, added.stderr
    path = write_xlsx(tmp_path / "sinjar.xlsx", [("List", LIST)])
    return cli(tmp_path, "--json", "import", str(path), *import_args)


def _persons(tmp_path) -> list[dict]:
    return json.loads(cli(tmp_path, "--json", "person", "list").stdout)


def _provenance_rows(tmp_path, case_no: str) -> list[int]:
    shown = json.loads(cli(tmp_path, "--json", "person", "show", case_no).stdout)
    return sorted(p["row_number"] for p in shown["provenance"])


def test_the_review_names_the_other_rows_of_the_same_woman(tmp_path):
    out = _cli_vault_and_list(tmp_path)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["outcomes"] == {"new": 2, "probable": 3}
    text = cli(tmp_path, "review", "1").stdout
    assert "rows 5, 6 of this list look like the same woman" in text
    assert "rows 2, 6 of this list look like the same woman" in text
    waiting = {w["row"]: w for w in json.loads(cli(tmp_path, "--json", "review", "1").stdout)}
    assert {n: w["same_woman"] for n, w in waiting.items()} == {2: [5, 6], 5: [2, 6],
                                                                6: [2, 5]}


def test_a_new_person_decided_for_one_row_takes_the_other_rows_of_her_along(tmp_path):
    _cli_vault_and_list(tmp_path)
    out = cli(tmp_path, "review", "1", "--row", "5", "--decide", "create")
    assert out.returncode == 0, out.stderr
    assert "rows 2, 6, the same woman by the names, join the person this row makes" in out.stdout
    assert json.loads(cli(tmp_path, "--json", "review", "1").stdout) == []  # nothing waits
    done = cli(tmp_path, "--json", "review", "1", "--commit")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["reconciled"]
    assert report["results"] == {"created": 3, "updated": 0, "unchanged": 0,
                                 "same_as_earlier_row": 2, "skipped": 0, "rejected": 0}
    # Decided a new person by hand: she is not the vault's record, so not a possible duplicate
    assert report["possible_duplicates"] == []
    assert [(d["row"], d["other"]) for d in report["not_the_same"]] == [(5, "SNJ-00001")]
    (new,) = [p for p in _persons(tmp_path) if p["case_no"] == report["not_the_same"][0]
              ["case_no"]]
    assert _provenance_rows(tmp_path, new["case_no"]) == [2, 5, 6]
    assert len(_persons(tmp_path)) == 4  # SNJ-00001, Layla, Jamila, and one new Khalida
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert "decided by hand row 5: create" in text
    assert "decided with row 5, the same woman by the names: rows 2, 6" in text


def test_with_yes_the_rows_of_one_woman_become_one_new_record(tmp_path):
    out = _cli_vault_and_list(tmp_path, "--yes")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["reconciled"] and report["rows_read"] == 5
    assert report["results"]["created"] == 3 and report["results"]["same_as_earlier_row"] == 2
    assert [d["row"] for d in report["possible_duplicates"]] == [2]
    assert _provenance_rows(tmp_path, report["possible_duplicates"][0]["case_no"]) == [2, 5, 6]
    assert len(_persons(tmp_path)) == 4
    text = cli(tmp_path, "review", "1", "--report").stdout
    assert "decided in bulk (import --yes): create row 2" in text
    assert "decided with row 2, the same woman by the names: rows 5-6" in text


@pytest.fixture
def session(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield s
    s.close()


def _staged(session, tmp_path, rows=LIST, yes=False):
    path = write_xlsx(tmp_path / "sinjar.xlsx", [("List", rows)])
    svc = ImportService(session)
    plan = svc.prepare(str(path))
    return svc, svc.stage(plan, svc.stage_rows(plan), yes=yes)


def test_an_update_decided_for_one_row_sends_the_other_rows_of_her_to_that_person(
        session, tmp_path):
    her = _khalida(session)
    svc, batch = _staged(session, tmp_path)
    out = svc.decide(batch, 2, "update")
    assert out["carried"] == [5, 6] and out["still_waiting"] == []
    assert svc.undecided(batch) == []
    report = svc.commit(batch)
    assert report["results"]["created"] == 2  # Layla and Jamila, no new Khalida
    assert session.persons.count() == 3
    p = session.persons.get(her.case_no)
    assert p.names[NamePart.GIVEN].original == "خالدة"  # row 5 filled her Arabic spelling
    rows = [e["row_number"] for e in session.records.provenance_for(her.id)]
    assert rows == [2, 5, 6]


def test_a_row_decided_on_its_own_keeps_its_own_decision(session, tmp_path):
    """Row 6 decided before row 2 is not changed by row 2's decision; row 5, still waiting,
    follows row 2."""
    _khalida(session)
    svc, batch = _staged(session, tmp_path)
    svc.decide(batch, 6, "skip")
    out = svc.decide(batch, 2, "create")
    assert out["carried"] == [5]
    report = svc.commit(batch)
    assert report["results"]["skipped"] == 1 and report["results"]["same_as_earlier_row"] == 1
    assert report["reconciled"] and session.persons.count() == 4


def test_review_all_create_makes_one_new_record_of_her(session, tmp_path):
    _khalida(session)
    svc, batch = _staged(session, tmp_path)
    svc.decide_all(batch, "create")
    report = svc.commit(batch)
    assert report["results"]["created"] == 3 and report["results"]["same_as_earlier_row"] == 2
    assert session.persons.count() == 4


def test_sisters_both_asked_about_one_person_are_not_taken_for_one_woman(session, tmp_path):
    """Basima and Basma, of one father and grandfather, both resemble the vault's Basima: the
    given names only partly agree, so neither row names the other nor follows it."""
    from app.domain.fuzzydate import FuzzyDate
    from app.importing.review import waiting_rows

    p = Person(sex=Sex.FEMALE, origin_village="Kocho", birth=FuzzyDate.parse("1990"))
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER),
                          ("Basima", "Khalil", "Elias"), strict=True):
        p.name(part).put(text)
    basima = session.persons.create(p)
    svc, batch = _staged(session, tmp_path, [
        [*HEADER, "Sex", "Born", "Village"], ["Basima", "Khalil", "Elias", "", "", ""],
        ["Basma", "Khalil", "Elias", "F", "1990", "Kocho"]])
    waiting = waiting_rows(svc, batch)
    assert [(w["row"], w["match_case"]) for w in waiting] == [(2, basima.case_no),
                                                              (3, basima.case_no)]
    assert [w["same_woman"] for w in waiting] == [[], []]
    assert svc.decide(batch, 2, "create")["carried"] == []
    assert [r.row_number for r in svc.undecided(batch)] == [3]


def test_an_update_is_not_carried_to_a_row_that_contradicts_the_person(session, tmp_path):
    """Row 2 gives another mother than the vault's Khalida; row 4, the same woman without a
    mother's name, is decided an update of her: row 2 is not sent to her with it (by hand that
    takes --despite-contradiction), it still waits, saying why."""
    p = Person(sex=Sex.FEMALE, origin_village="Kocho")
    for part, text in ((NamePart.GIVEN, "Khalida"), (NamePart.FATHER, "Elias"),
                       (NamePart.GRANDFATHER, "Khudeda"), (NamePart.MOTHER, "Gule")):
        p.name(part).put(text)
    her = session.persons.create(p)
    svc, batch = _staged(session, tmp_path, [
        [*HEADER, "Mother", "Village"], ["Khalida", "Elias", "Khudeda", "Nadia", "Kocho"],
        ["Layla", "Qasim", "Silo", "", ""], ["خالدة", "الياس", "خديدة", "", ""]])
    rows = {r.row_number: r for r in svc.repo.rows(batch)}
    assert [rows[n].match_person_id for n in (2, 4)] == [her.id, her.id]
    out = svc.decide(batch, 4, "update")
    assert out["carried"] == []
    assert out["still_waiting"] == [{"row": 2, "why": f"it contradicts {her.case_no} on mother's name"}]
    assert [r.row_number for r in svc.undecided(batch)] == [2]


def test_rows_linked_only_through_a_third_are_not_one_woman(tmp_path):
    """Basima and Basma (sisters) are each one woman with the Arabic row بسمة, which may be
    either: linked only through it, the three became one record. Now every pair of a woman's
    rows must agree, so the two sisters never end in one record."""
    from tests.import_helpers import cli, write_csv

    assert cli(tmp_path, "init").returncode == 0
    assert cli(tmp_path, "person", "add", "--given", "بسمة", "--father", "خليل",
               "--grandfather", "الياس", "--sex", "F").returncode == 0
    rows = [["Basima", "Khalil", "Elias", "F"], ["بسمة", "خليل", "الياس", "F"],
            ["Basma", "Khalil", "Elias", "F"]]
    r = cli(tmp_path, "--json", "import", "--yes",
            str(write_csv(tmp_path / "s.csv", ["Name", "Father", "Grandfather", "Sex"], rows)))
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["reconciled"]
    holding = {}
    for p in json.loads(cli(tmp_path, "--json", "person", "list").stdout):
        shown = json.loads(cli(tmp_path, "--json", "person", "show", p["case_no"]).stdout)
        for row in shown["provenance"]:
            holding[row["row_number"]] = p["case_no"]
    assert holding[2] != holding[4]


def test_rows_carried_with_a_row_wait_again_when_that_row_is_decided_anew(session, tmp_path):
    """Rows 5 and 6 went with row 2's new person; row 2 then decided to update the vault's
    Khalida instead: they were moved along unchecked. Now they wait to be decided again."""
    _khalida(session)
    svc, batch = _staged(session, tmp_path)
    assert svc.decide(batch, 2, "create")["carried"] == [5, 6]
    assert [r.row_number for r in svc.undecided(batch)] == []
    svc.decide(batch, 2, "skip", override=True)
    assert [r.row_number for r in svc.undecided(batch)] == [5, 6]


def test_the_trail_says_rows_went_with_a_row_not_that_they_were_decided_in_bulk(session,
                                                                                 tmp_path):
    import json as _json

    _khalida(session)
    svc, batch = _staged(session, tmp_path)
    assert svc.decide(batch, 2, "create")["carried"] == [5, 6]
    svc.commit(batch)
    (commit,) = [_json.loads(e.detail) for e in session.audit.history("import_batch", str(batch))
                 if e.action == "import.commit"]
    assert commit["decided_in_bulk"] == [] and commit["decided_with_a_row"] == {"2": [5, 6]}
    assert commit["decided_by_hand"] == [2]


def test_review_all_says_which_rows_it_decided_and_which_went_with_another(tmp_path):
    """`review N --all create` names the rows it decided, and the rows of one woman sent with
    her first row: without it the command said only "0 rows wait", and what it had done to
    rows 2, 5 and 6 was to be found in the report after the commit."""
    assert _cli_vault_and_list(tmp_path).returncode == 0
    out = cli(tmp_path, "review", "1", "--all", "create")
    assert out.returncode == 0, out.stderr
    assert "decided in bulk: create row 2\n" in out.stdout
    assert "  rows 5, 6 decided with row 2, the same woman by the names" in out.stdout
    assert "0 rows wait for a decision" in out.stdout
    again = cli(tmp_path, "--json", "review", "1", "--all", "skip")
    assert again.returncode == 0, again.stderr
    said = json.loads(again.stdout)
    assert said["decided_all"] == {"decision": "skip", "count": 0, "rows": [], "with_row": [],
                                   "held": []}
    assert said["waiting"] == []
    assert "nothing decided" in cli(tmp_path, "review", "1", "--all", "skip").stdout


def test_review_all_skip_names_every_row_it_skipped(tmp_path):
    assert _cli_vault_and_list(tmp_path).returncode == 0
    out = cli(tmp_path, "--json", "review", "1", "--all", "skip")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["decided_all"] == {"decision": "skip", "count": 3,
                                                     "rows": [2, 5, 6], "with_row": [],
                                                     "held": []}
    text = cli(tmp_path, "review", "1", "--all", "skip", "--commit").stdout
    assert text.startswith("no row waited for a decision: nothing decided\n")
