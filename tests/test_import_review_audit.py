"""Decisions taken in review are kept: each is an entry in the audit trail (row, person,
decision, what was overridden), the updates they lead to say so, and the import report lists
the rows decided by hand, in bulk or against a contradiction, before and after the commit."""

from __future__ import annotations

import json

from tests.import_helpers import write_csv


def _staged(cli, tmp_path) -> None:
    """Khalil (F), Ziyad and Layla in the vault; a list where row 2 names Khalil, without her
    grandfather, but as a man (a new person to matching: with her grandfather, her whole name
    would agree and be asked about), rows 3 and 4 are probable matches, row 5 is new."""
    assert cli("init").returncode == 0
    for args in (["Khalil", "--father", "Elias", "--grandfather", "Hassan", "--sex", "F",
                  "--village", "Kocho"],
                 ["Ziyad", "--father", "Shamo", "--grandfather", "Khalaf", "--sex", "M",
                  "--village", "Solagh"],
                 ["Layla", "--father", "Murad", "--grandfather", "Basi", "--sex", "F",
                  "--village", "Hardan"]):
        assert cli("person", "add", "--given", *args).returncode == 0
    lst = write_csv(tmp_path / "kocho.csv", ["Name", "Father", "Grandfather", "Gender",
                                             "Village", "Born"],
                    [["Khalil", "Elias", "", "M", "Kocho", "about 1998"],
                     ["Ziyad", "Shamo", "", "M", "", "1990"],
                     ["Layla", "Murad", "", "F", "", ""],
                     ["Noor", "Saeed", "", "F", "Tel Ezer", ""]])
    out = cli("--json", "import", str(lst))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["outcomes"] == {"new": 2, "probable": 2}


def _decide(cli) -> str:
    """Row 2 joined to Khalil against her sex, row 3 by hand, the rest in bulk; returns what
    the override printed."""
    over = cli("review", "1", "--row", "2", "--decide", "update", "--person", "SNJ-00001",
               "--override", "--despite-contradiction")
    assert over.returncode == 0, over.stderr
    assert cli("review", "1", "--row", "3", "--decide", "update").returncode == 0
    assert cli("review", "1", "--all", "create").returncode == 0
    return over.stdout


def _trail(cli) -> list[dict]:
    return json.loads(cli("--json", "audit", "log", "--limit", "200").stdout)


def test_an_override_says_the_person_keeps_her_sex(cli, tmp_path):
    _staged(cli, tmp_path)
    said = _decide(cli)
    # the list's cell and what it was read as, the vault's sex in words (never a bare letter:
    # a Kurmanji list's M is female)
    assert "contradicts: sex: list 'M', read as male; vault female" in said
    assert "kept the vault's sex, female; the list said 'M', read as male" in said


def test_each_decision_in_review_is_an_entry_in_the_audit_trail(cli, tmp_path):
    _staged(cli, tmp_path)
    _decide(cli)
    decided = [e for e in _trail(cli) if e["action"] == "import.decide"]
    assert [e["ref"] for e in decided] == ["1", "1", "1"]
    hand, by_row, bulk = (e["detail"] for e in decided)
    assert (hand["row"], hand["decision"], hand["by"], hand["person"]) == (
        2, "update", "hand", "SNJ-00001")
    assert hand["overridden"] is True and "new" in hand["was"]
    (sex,) = hand["contradicts"]
    assert (sex["field"], sex["list"], sex["read_as"], sex["vault"]) == ("sex", "M", "M", "F")
    assert sex["kept"] == "kept the vault's sex, female; the list said 'M', read as male"
    assert (by_row["row"], by_row["person"], by_row["overridden"], by_row["contradicts"]) == (
        3, "SNJ-00002", False, [])
    assert (bulk["decision"], bulk["by"], bulk["rows"]) == ("create", "bulk", [4])


def test_the_report_lists_rows_decided_by_hand_in_bulk_and_overridden(cli, tmp_path):
    _staged(cli, tmp_path)
    _decide(cli)
    before = cli("review", "1", "--report").stdout
    done = cli("--json", "review", "1", "--commit")
    assert done.returncode == 0, done.stderr
    rep = json.loads(cli("--json", "review", "1", "--report").stdout)
    hand = {d["row"]: d for d in rep["decided_by_hand"]}
    assert sorted(hand) == [2, 3]
    assert hand[2]["person"] == "SNJ-00001" and hand[2]["overridden"]
    assert hand[2]["contradicts"][0]["kept"] == ("kept the vault's sex, female; the list said "
                                                 "'M', read as male")
    assert [(b["decision"], b["rows"]) for b in rep["decided_in_bulk"]] == [("create", [4])]
    text = cli("review", "1", "--report").stdout
    for shown in (before, text):
        assert ("decided by hand row 2: update SNJ-00001 (was new, to be created; changed "
                "with --override)") in shown
        assert "despite sex: kept the vault's sex, female; the list said 'M', read as male" in shown
        assert "decided by hand row 3: update SNJ-00002" in shown
        assert "decided in bulk (review --all): create row 4" in shown


def test_the_updates_a_decision_leads_to_say_it_was_decided_by_hand(cli, tmp_path):
    _staged(cli, tmp_path)
    _decide(cli)
    assert cli("review", "1", "--commit").returncode == 0
    updates = {e["ref"]: e["detail"] for e in _trail(cli)
               if e["action"] == "person.import_update"}
    assert updates["SNJ-00001"]["decided"] == {
        "by": "hand", "overridden": True,
        "contradicts": [{"field": "sex", "list": "M", "read_as": "M", "vault": "F",
                         "vault_from": "entered by hand",
                         "kept": "kept the vault's sex, female; the list said 'M', read as male"}]}
    # nothing contradicted: no empty list, which the log said as 'contradicts=' and nothing
    assert updates["SNJ-00002"]["decided"] == {"by": "hand", "overridden": False}
    commit = next(e for e in _trail(cli) if e["action"] == "import.commit")["detail"]
    assert commit["decided_by_hand"] == [2, 3] and commit["overridden"] == [2]
    assert commit["decided_in_bulk"] == [4]


def test_what_an_update_keeps_is_said_for_names_as_the_update_does_it():
    """The importer never overwrites a name: the vault's stays; another given name joins the
    other spellings; a blank spelling in the other script is not filled with another name
    (Khalaf beside الياس): that stays a conflict. Said as done."""
    from app.domain.person import NamePart, NameText, Person, Sex
    from app.importing.decisions import with_kept
    from app.importing.dedupe import contradictions

    vault = Person(names={NamePart.GIVEN: NameText("خليل", "Khalil"),
                          NamePart.FATHER: NameText("الياس", "")}, sex=Sex.FEMALE)
    row = Person(names={NamePart.GIVEN: NameText("", "Samir"),
                        NamePart.FATHER: NameText("", "Khalaf")}, sex=Sex.FEMALE)
    kept = {c["field"]: c["kept"] for c in with_kept(vault, row, contradictions(row, vault)[0])}
    assert kept == {
        "given": "kept the vault's given name 'خليل / Khalil'; the list said 'Samir'; 'Samir' "
                 "added to the other spellings",
        "father": "kept the vault's father's name 'الياس'; the list said 'Khalaf'"}
