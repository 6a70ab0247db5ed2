"""A probable match made new in bulk (import --yes, review --all create) whose candidate is
rescued, reunited or deceased is given the list's sex but not its status, and her row is named:
she may be that woman, and a blanket "missing" put a rescued woman's second record on the
missing lists and papers (and, once merged, a "missing" step in her dossier no one said of her).
The dry run with --yes says what the import then does."""

from __future__ import annotations

import json

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from tests.import_helpers import cli, new_vault, reopen, write_csv

LIST_WIDE = ("--new-sex", "female", "--new-status", "missing")
KEPT = "status not given to 1 probable match(es) made new persons in bulk (rows 3)"


def _vault(tmp_path) -> dict[str, str]:
    """Nadia Khalaf (missing) and Jilan Murad (rescued in 2017): given name -> case number."""
    s = new_vault(tmp_path / "vault")
    try:
        return {given: s.persons.create(Person(
            names={NamePart.GIVEN: NameText("", given), NamePart.FATHER: NameText("", father),
                   NamePart.GRANDFATHER: NameText("", grandfather)}, sex=Sex.FEMALE,
            birth=FuzzyDate.parse("1998"), origin_village="Kocho",
            status_events=[StatusEvent(status, FuzzyDate.parse("2017"))])).case_no
            for given, father, grandfather, status in (
                ("Nadia", "Khalaf", "Ali", Status.MISSING),
                ("Jilan", "Murad", "Hasan", Status.RESCUED))}
    finally:
        s.close()


def _list(tmp_path):
    """Nadia and Jilan again without their grandfathers (probable matches), Layla new."""
    return write_csv(tmp_path / "family.csv", ["Name", "Father", "Village"],
                     [["Nadia", "Khalaf", "Kocho"], ["Jilan", "Murad", "Kocho"],
                      ["Layla", "Khalaf", "Hardan"]])


def _made(tmp_path, known: dict[str, str]) -> dict[str, Person]:
    s = reopen(tmp_path / "vault")
    try:
        return {p.names[NamePart.GIVEN].latin: p for p in s.persons.iter_all()
                if p.case_no not in known.values()}
    finally:
        s.close()


def _check_made(tmp_path, known):
    made = _made(tmp_path, known)
    assert {n: (p.sex, p.current_status) for n, p in made.items()} == {
        "Nadia": (Sex.FEMALE, Status.MISSING), "Jilan": (Sex.FEMALE, Status.UNKNOWN),
        "Layla": (Sex.FEMALE, Status.MISSING)}
    missing = cli(tmp_path, "person", "list", "--status", "missing").stdout
    assert made["Jilan"].case_no not in missing and made["Layla"].case_no in missing
    return made


def test_import_yes_keeps_the_status_from_a_rescued_womans_probable_match(tmp_path):
    known = _vault(tmp_path)
    r = cli(tmp_path, "import", str(_list(tmp_path)), *LIST_WIDE, "--yes")
    assert r.returncode == 0, r.stderr
    assert "sex said of everyone this list adds: female, given to 3 new" in r.stdout
    assert "status said of everyone this list adds: missing, given to 2 new" in r.stdout
    assert KEPT in r.stdout and "rescued, reunited or deceased" in r.stdout
    made = _check_made(tmp_path, known)
    # merged as the import suggests, her dossier's timeline is hers alone: no "missing" step
    assert cli(tmp_path, "merge", known["Jilan"], made["Jilan"].case_no).returncode == 0
    shown = json.loads(cli(tmp_path, "person", "show", known["Jilan"], "--json").stdout)
    assert [e["status"] for e in shown["status_events"]] == ["rescued"]


def test_review_all_create_keeps_it_too_and_a_row_decided_by_hand_is_given_it(tmp_path):
    known = _vault(tmp_path)
    cli(tmp_path, "import", str(_list(tmp_path)), *LIST_WIDE)
    assert cli(tmp_path, "review", "1", "--all", "create").returncode == 0
    out = cli(tmp_path, "review", "1", "--commit")
    assert out.returncode == 0, out.stderr
    assert KEPT in out.stdout
    assert KEPT in cli(tmp_path, "review", "1", "--report").stdout
    _check_made(tmp_path, known)


def test_jilan_decided_create_by_hand_is_given_the_status(tmp_path):
    known = _vault(tmp_path)
    cli(tmp_path, "import", str(_list(tmp_path)), *LIST_WIDE)
    assert cli(tmp_path, "review", "1", "--row", "3", "--decide", "create").returncode == 0
    assert cli(tmp_path, "review", "1", "--all", "create").returncode == 0
    out = cli(tmp_path, "review", "1", "--commit")
    assert "not given to" not in out.stdout
    assert _made(tmp_path, known)["Jilan"].current_status is Status.MISSING


def test_dry_run_yes_says_what_the_import_then_does(tmp_path):
    known = _vault(tmp_path)
    path = str(_list(tmp_path))
    dry = cli(tmp_path, "import", path, *LIST_WIDE, "--yes", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Of the 3 new persons, given sex to 3, status to 2" in dry.stdout
    assert KEPT in dry.stdout
    assert "not to a probable match made a new person with --yes" not in dry.stdout
    # without --yes the probable matches wait: only the new row is counted
    assert "Of the 1 new person, given sex to 1, status to 1" in cli(
        tmp_path, "import", path, *LIST_WIDE, "--dry-run").stdout
    said = json.loads(cli(tmp_path, "--json", "import", path, *LIST_WIDE, "--yes",
                          "--dry-run").stdout)["new_persons"]
    assert (said["new"], said["sex_given"], said["status_given"],
            said["status_not_given_bulk_rows"]) == (3, 3, 2, [3])
    done = json.loads(cli(tmp_path, "--json", "import", path, *LIST_WIDE, "--yes").stdout)
    assert {k: done["new_persons"][k] for k in ("sex_given", "status_given",
                                                 "status_not_given_bulk_rows")} == {
        "sex_given": 3, "status_given": 2, "status_not_given_bulk_rows": [3]}
    _check_made(tmp_path, known)


def test_dry_run_yes_counts_the_probable_matches_it_makes_new_among_those_given_nothing(
        tmp_path):
    _vault(tmp_path)
    path = str(_list(tmp_path))
    assert "of the 3 new persons, 3 would have sex unknown (U) and 3 would have no status" in cli(
        tmp_path, "import", path, "--yes", "--dry-run").stdout
    assert "of the 1 new person, 1 would have sex unknown (U)" in cli(
        tmp_path, "import", path, "--dry-run").stdout
