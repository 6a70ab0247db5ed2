"""A list with no sex or status column: `import --new-sex female --new-status missing` gives the
persons it creates those values where their row says none, never a woman it updates; the
values are dated and marked as said of the whole list, saved with the source as what was said
of its last list (given to the next only when said again), shown by the dry run, and a bad
value is refused with the vault unchanged."""

from __future__ import annotations

import json
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.importing.list_wide import WHOLE_LIST_NOTE
from tests.import_helpers import cli, new_vault, reopen, vault_bytes, write_csv, write_xlsx

HEADER = ["Name", "Father", "Grandfather", "Village", "Sex", "Status"]
ROWS = [["Nadia", "Murad", "Basee", "Kocho", "", ""],
        ["Jilan", "Khalaf", "Hasan", "Kocho", "", ""],
        ["Samir", "Elias", "Khudeda", "Kocho", "male", ""],
        ["Vian", "Haji", "Qasim", "Kocho", "", "rescued"],
        # the known woman: her record says unknown sex and rescued in 2017
        ["Layla", "Khudeda", "Ali", "Tel Qasab", "", ""]]


def _vault_with_layla(tmp_path):
    s = new_vault(tmp_path / "vault")
    try:
        layla = Person(names={NamePart.GIVEN: NameText("", "Layla"),
                              NamePart.FATHER: NameText("", "Khudeda"),
                              NamePart.GRANDFATHER: NameText("", "Ali")},
                       origin_village="Tel Qasab",
                       status_events=[StatusEvent(Status.RESCUED, FuzzyDate.parse("2017"))])
        return s.persons.create(layla).case_no
    finally:
        s.close()


def _by_name(s) -> dict:
    return {p.names[NamePart.GIVEN].latin: p for p in s.persons.iter_all()}


def test_created_persons_get_the_list_wide_values_and_rows_and_known_women_keep_theirs(
        tmp_path):
    layla = _vault_with_layla(tmp_path)
    path = write_xlsx(tmp_path / "family.xlsx", [("List", [HEADER, *ROWS])])
    r = cli(tmp_path, "import", str(path), "--source", "Family of Kocho",
            "--new-sex", "female", "--new-status", "missing")
    assert r.returncode == 0, r.stderr
    assert "sex said of everyone this list adds: female, given to 3 new person(s)" in r.stdout
    assert "status said of everyone this list adds: missing, given to 3 new person(s)" \
        in r.stdout
    s = reopen(tmp_path / "vault")
    try:
        people = _by_name(s)
        today = date.today()
        for name in ("Nadia", "Jilan"):
            p = people[name]
            assert p.sex is Sex.FEMALE and p.current_status is Status.MISSING
            (ev,) = p.status_events
            # dated as a list's status without a date: known by the day the list was read
            assert ev.date.earliest is None and ev.date.latest == today
            assert ev.note == WHOLE_LIST_NOTE
        # her row's own cell wins: male stays male (and is given the list's status)
        assert people["Samir"].sex is Sex.MALE
        assert people["Samir"].current_status is Status.MISSING
        # her row's status wins: rescued stays rescued, with the list's own word
        vian = people["Vian"]
        assert vian.sex is Sex.FEMALE and vian.current_status is Status.RESCUED
        assert [e.note for e in vian.status_events] == ["«rescued»"]
        # the known woman the list updated is given nothing
        known = s.persons.get(layla)
        assert known.sex is Sex.UNKNOWN and known.current_status is Status.RESCUED
        assert len(known.status_events) == 1
        # her history says the values were said of the whole list, not in her row
        said = {n: [json.loads(e.detail) for e in s.persons.history(people[n].case_no)
                    if e.action == "person.import_list_wide"]
                for n in ("Nadia", "Jilan", "Samir", "Vian")}
        (detail,) = said["Nadia"]
        assert detail["given"] == {"sex": "F", "status": "missing"} and detail["row"] == 2
        assert "whole list" in detail["why"]
        assert said["Samir"][0]["given"] == {"status": "missing"}
        assert said["Vian"][0]["given"] == {"sex": "F"}
        assert not [e for e in s.persons.history(layla)
                    if e.action == "person.import_list_wide"]
    finally:
        s.close()
    shown = cli(tmp_path, "person", "show", people["Nadia"].case_no)
    assert "missing  «said of the whole list, not in her row»" in shown.stdout


def test_the_saved_mapping_tells_the_values_of_the_last_list_and_gives_them_only_if_said_again(
        tmp_path):
    _vault_with_layla(tmp_path)
    path = write_csv(tmp_path / "family.csv", HEADER[:4], [row[:4] for row in ROWS[:2]])
    r = cli(tmp_path, "import", str(path), "--source", "Family of Kocho",
            "--new-sex", "F", "--new-status", "missing")
    assert r.returncode == 0, r.stderr
    shown = cli(tmp_path, "mappings", "show", "Family of Kocho")
    assert json.loads(shown.stdout)["new_persons"] == {"sex": "female", "status": "missing"}
    # the next list of that source, without the flags: told, not given
    later = write_csv(tmp_path / "family-2.csv", HEADER[:4],
                      [["Hadiya", "Saleh", "Murad", "Kocho"], ["Basima", "Khalaf", "Hasan",
                                                               "Kocho"]])
    dry = cli(tmp_path, "import", str(later), "--source", "Family of Kocho", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Said of everyone this list adds" not in dry.stdout
    assert "--new-sex female --new-status missing says so again" in dry.stdout
    # said again: counted in the dry run
    dry = cli(tmp_path, "import", str(later), "--source", "Family of Kocho", "--dry-run",
              "--new-sex", "female", "--new-status", "missing")
    assert "NOTE: everyone this list adds is: sex female, status missing" in dry.stdout
    assert ("Said of everyone this list adds: sex female, status missing. Of the 2 new "
            "persons, given sex to 2, status to 2") in dry.stdout
    assert "row 2: new person: Hadiya Saleh Murad (said of the whole list, not in this row: sex female, " \
           "status missing)" in dry.stdout
    assert "says so again" not in dry.stdout
    data = json.loads(cli(tmp_path, "import", str(later), "--source", "Family of Kocho",
                          "--dry-run", "--json", "--new-sex", "female", "--new-status",
                          "missing").stdout)
    assert data["new_persons"] == {"sex": "female", "status": "missing", "sex_given": 2,
                                   "status_given": 2, "new": 2}
    # one said again, "row" for the other: only the sex, and saved so
    r = cli(tmp_path, "import", str(later), "--source", "Family of Kocho", "--new-sex",
            "female", "--new-status", "row")
    assert r.returncode == 0, r.stderr
    s = reopen(tmp_path / "vault")
    try:
        hadiya = _by_name(s)["Hadiya"]
        assert hadiya.sex is Sex.FEMALE and hadiya.status_events == []
    finally:
        s.close()
    saved = json.loads(cli(tmp_path, "mappings", "show", "Family of Kocho").stdout)
    assert saved["new_persons"] == {"sex": "female"}


def test_a_bad_value_is_refused_clearly_and_the_vault_is_unchanged(tmp_path):
    _vault_with_layla(tmp_path)
    path = write_csv(tmp_path / "family.csv", HEADER[:4], [row[:4] for row in ROWS[:2]])
    before = vault_bytes(tmp_path / "vault")
    r = cli(tmp_path, "import", str(path), "--new-sex", "women and girls")
    assert r.returncode != 0
    assert "--new-sex" in r.stderr and "'women and girls' is not a sex" in r.stderr
    assert "female or male" in r.stderr
    r = cli(tmp_path, "import", str(path), "--new-status", "deceased")
    assert r.returncode != 0
    assert "--new-status" in r.stderr and "'deceased' is not a status" in r.stderr
    assert "never of a whole list" in r.stderr
    assert vault_bytes(tmp_path / "vault") == before
    # a mapping file's bad value: named with the file, nothing imported
    bad = tmp_path / "bad-mapping.json"
    bad.write_text(json.dumps({"columns": {"Name": "given"},
                               "new_persons": {"sex": "female", "status": "lost"}}),
                   encoding="utf-8")
    r = cli(tmp_path, "import", str(path), "--mapping", str(bad))
    assert r.returncode != 0
    assert "bad-mapping.json" in r.stderr and "'lost' is not a status" in r.stderr
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.count() == 1
    finally:
        s.close()


def test_a_row_asked_about_or_withdrawn_and_made_new_again_is_given_them_too(tmp_path):
    """Decided a new person in review, or withdrawn and made new again: still a person the
    import creates. What she was given came with her creation, so it does not stop the row
    being withdrawn."""
    s = new_vault(tmp_path / "vault")
    try:
        s.persons.create(Person(names={NamePart.GIVEN: NameText("", "Nadia"),
                                       NamePart.FATHER: NameText("", "Murad"),
                                       NamePart.GRANDFATHER: NameText("", "Basee")},
                                origin_village="Kocho"))
    finally:
        s.close()
    path = write_csv(tmp_path / "family.csv", ["Name", "Father"],
                     [["Nadia", "Murad"], ["Jilan", "Khalaf"]])
    r = cli(tmp_path, "import", str(path), "--new-sex", "female", "--new-status", "missing")
    assert "1 probable match waits" in r.stdout, r.stdout + r.stderr
    assert cli(tmp_path, "review", "1", "--row", "2", "--decide", "create").returncode == 0
    assert cli(tmp_path, "review", "1", "--commit").returncode == 0
    out = cli(tmp_path, "review", "1", "--row", "3", "--withdraw")
    assert out.returncode == 0, out.stderr
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "create").returncode == 0
    s = reopen(tmp_path / "vault")
    try:
        made = [p for p in s.persons.iter_all() if p.names[NamePart.GIVEN].latin in
                ("Nadia", "Jilan") and NamePart.GRANDFATHER not in p.names]
        assert len(made) == 2
        for p in made:
            assert p.sex is Sex.FEMALE and p.current_status is Status.MISSING
            assert [e.note for e in p.status_events] == [WHOLE_LIST_NOTE]
    finally:
        s.close()


def test_the_dry_run_of_a_list_of_names_alone_says_its_new_persons_would_have_no_sex_or_status(
        tmp_path):
    """An official's list of names, birth years and villages: the dry run said nothing of sex
    or status, and the women it added were of sex U with no status until a summary counted
    them. It names what no column gives, how many new persons it leaves so, and the options."""
    assert cli(tmp_path, "init").returncode == 0
    lst = write_csv(tmp_path / "official.csv", ["Name", "Father", "Village"],
                    [["Nadia", "Murad", "Kocho"], ["Jilan", "Khalaf", "Kocho"]])
    out = cli(tmp_path, "import", str(lst), "--dry-run")
    assert out.returncode == 0, out.stderr
    assert ("NOTE: no column gives the sex or the status: of the 2 new persons, 2 would have "
            "sex unknown (U) and 2 would have no status; if the list says it of everyone it "
            "adds, say so: --new-sex female, --new-status missing") in out.stdout
    said = json.loads(cli(tmp_path, "--json", "import", str(lst), "--dry-run", "--new-sex",
                          "female").stdout)
    assert said["new_persons_not_given"] == {"status": 2}
    for told in (["--new-sex", "row", "--new-status", "row"],
                 ["--new-sex", "female", "--new-status", "missing"]):
        shown = cli(tmp_path, "import", str(lst), "--dry-run", *told).stdout
        assert "NOTE: no column gives" not in shown
    # a list whose columns say them has nothing to note
    full = write_csv(tmp_path / "ngo.csv", HEADER, ROWS)
    assert "NOTE: no column gives" not in cli(tmp_path, "import", str(full), "--dry-run").stdout
