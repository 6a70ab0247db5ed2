"""Which status is hers when the lawyer learns of an older event after an undated one: a status
told later takes over from one whose date cannot place it (known only by the day it was told),
unless it is a step back along her case; events the dates do order keep their order."""

from __future__ import annotations

import json
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.importing.merge import merge_into

TOLD_IN_2024 = FuzzyDate.by(date(2024, 5, 1))  # what `person status` with no date makes


def _ev(status: Status, when: FuzzyDate | str, told: str) -> StatusEvent:
    d = when if isinstance(when, FuzzyDate) else FuzzyDate.parse(when)
    return StatusEvent(status, d, recorded_at=f"{told}T10:00:00Z")


def _her(*events: StatusEvent) -> Person:
    return Person(names={NamePart.GIVEN: NameText("نادية", "Nadia")}, sex=Sex.FEMALE,
                  status_events=list(events))


def test_a_rescue_told_later_with_its_year_wins_over_a_missing_known_only_by_that_day():
    missing = _ev(Status.MISSING, TOLD_IN_2024, "2024-05-01")
    rescued = _ev(Status.RESCUED, "2015", "2024-06-01")
    rescued_after = StatusEvent(Status.RESCUED, TOLD_IN_2024, recorded_at="2024-05-01T10:10:00Z")
    assert _her(missing, rescued_after).current_status is Status.RESCUED
    assert _her(rescued, missing).current_status is Status.RESCUED  # stored order says nothing


def test_a_missing_told_later_with_an_older_date_does_not_undo_a_rescue():
    dated = _ev(Status.RESCUED, "2016", "2024-05-01")
    assert _her(dated, _ev(Status.MISSING, "2014", "2024-06-01")).current_status is \
        Status.RESCUED
    # Nor one known only by the day it was told: her abduction in 2014, entered afterwards, is
    # history, not news.
    undated = _ev(Status.RESCUED, TOLD_IN_2024, "2024-05-01")
    assert _her(undated, _ev(Status.MISSING, "03/08/2014", "2024-06-01")).current_status is \
        Status.RESCUED


def test_a_sighting_dated_after_the_rescue_still_follows_the_dates():
    missing = _ev(Status.MISSING, TOLD_IN_2024, "2024-05-01")
    rescued = _ev(Status.RESCUED, "2015", "2024-06-01")
    sighted = _ev(Status.SIGHTED, "2017", "2024-07-01")
    assert _her(missing, rescued, sighted).current_status is Status.SIGHTED
    # Told in the other order the dates still decide: 2017 is after 2015.
    early = _ev(Status.SIGHTED, "2017", "2024-05-15")
    assert _her(missing, early, rescued).current_status is Status.SIGHTED


def test_a_dated_death_told_later_is_hers_and_nothing_older_told_after_undoes_it():
    missing = _ev(Status.MISSING, TOLD_IN_2024, "2024-05-01")
    died = _ev(Status.DECEASED, "2016", "2024-06-01")
    assert _her(missing, died).current_status is Status.DECEASED
    dead = _ev(Status.DECEASED, TOLD_IN_2024, "2024-05-01")
    assert _her(dead, _ev(Status.SIGHTED, "2015", "2024-06-01")).current_status is \
        Status.DECEASED


def test_a_list_of_the_rescued_with_a_year_moves_her_on_from_a_missing_known_by_a_day():
    """The importer asks the same question: the list's 'rescued 2015' is news, not a conflict."""
    stored = _her(_ev(Status.MISSING, TOLD_IN_2024, "2024-05-01"))
    merged = merge_into(stored, _her(StatusEvent(Status.RESCUED, FuzzyDate.parse("2015"))))
    assert merged.person.current_status is Status.RESCUED
    assert merged.status_change == ("missing", "rescued") and not merged.conflicts


def test_person_status_with_an_older_date_after_an_undated_one_says_she_is_now_rescued(cli):
    assert cli("init").returncode == 0
    r = cli("--json", "person", "add", "--given", "Samira", "--father", "Eido", "--sex", "F",
            "--status", "missing")
    assert r.returncode == 0, r.stderr
    case_no = json.loads(r.stdout)["case_no"]
    r = cli("person", "status", case_no, "rescued", "--date", "2015", "--note",
            "handed over at Duhok")
    assert r.returncode == 0, r.stderr
    assert f"{case_no} is now rescued" in r.stdout
    rows = json.loads(cli("person", "list", "--json", "--status", "rescued").stdout)
    assert [row["case_no"] for row in rows] == [case_no]  # the stored list column too


def test_a_merge_says_why_a_rescue_learnt_later_is_her_status(cli):
    assert cli("init").returncode == 0
    cases = []
    for extra in (["--status", "missing"], ["--status", "rescued", "--status-date", "2015"]):
        r = cli("--json", "person", "add", "--given", "Samira", "--father", "Eido", *extra)
        assert r.returncode == 0, r.stderr
        cases.append(json.loads(r.stdout)["case_no"])
    r = cli("merge", *cases)
    assert r.returncode == 0, r.stderr
    assert (f"{cases[0]} is now rescued (it was learnt later, of a time the other status's "
            "date covers)") in r.stdout


def test_a_vault_saved_under_the_earlier_rule_stores_her_status_again_once(tmp_path):
    """The list, its status filter and the counts read the status stored with her record: a
    vault saved by the earlier version keeps 'missing' until it is worked out again."""
    from app.persons import STATUS_RULE_MARK
    from tests.import_helpers import new_vault, reopen

    s = new_vault(tmp_path / "vault")
    her = s.persons.create(_her(_ev(Status.MISSING, TOLD_IN_2024, "2024-05-01"),
                                _ev(Status.RESCUED, "2015", "2024-06-01")))
    with s.db.transaction():  # as the earlier version stored her, and no rule mark
        s.persons.repo.set_current_status(her.id, "missing")
        s.db.conn.execute("DELETE FROM vault_meta WHERE key=?", (STATUS_RULE_MARK,))
    s.close()
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.status_counts() == {"rescued": 1}
        entries = [e for e in s.audit.history("vault", "") if e.action == "vault.statuses"]
        assert len(entries) == 1 and json.loads(entries[0].detail)["changed"] == [her.case_no]
    finally:
        s.close()
    s = reopen(tmp_path / "vault")  # once: the next unlock finds nothing to do
    try:
        assert sum(e.action == "vault.statuses" for e in s.audit.history("vault", "")) == 1
    finally:
        s.close()


def test_a_status_told_the_same_day_corrects_the_one_before_it_even_a_death():
    """Both undated, both known by that day: the later word is a correction ('deceased'
    entered by mistake, then 'missing'), not older news to rank by how far along it is."""
    dead = _ev(Status.DECEASED, TOLD_IN_2024, "2024-05-01")
    missing = StatusEvent(Status.MISSING, TOLD_IN_2024, recorded_at="2024-05-01T10:05:00Z")
    assert _her(dead, missing).current_status is Status.MISSING
    rescued = _ev(Status.RESCUED, TOLD_IN_2024, "2024-05-01")
    assert _her(rescued, missing).current_status is Status.MISSING
    rescued_after = StatusEvent(Status.RESCUED, TOLD_IN_2024, recorded_at="2024-05-01T10:10:00Z")
    assert _her(missing, rescued_after).current_status is Status.RESCUED


def test_two_lists_read_on_one_day_correct_nothing_of_each_other():
    """Each list's word is dated by the day it was read: an NGO's "rescued" and a family's
    "missing" read the same day (two records, merged later) are two reports, not a correction
    of one by the other, so the one further along her case counts, in either order."""
    ngo = StatusEvent(Status.RESCUED, TOLD_IN_2024, note="«ناجية»",
                      recorded_at="2024-05-01T10:00:00Z")
    family = StatusEvent(Status.MISSING, TOLD_IN_2024, note="«مفقودة»",
                         recorded_at="2024-05-01T10:05:00Z")
    assert _her(ngo, family).current_status is Status.RESCUED
    assert _her(family, ngo).current_status is Status.RESCUED
    # the lawyer's own word the same day still corrects a list's
    hers = StatusEvent(Status.MISSING, TOLD_IN_2024, recorded_at="2024-05-01T10:10:00Z")
    assert _her(ngo, hers).current_status is Status.MISSING


def test_her_timeline_ends_with_the_status_that_is_hers():
    """'missing' known by the day told, then 'rescued 2015' learnt later: by date alone the
    missing came last and read as news, under a current status of rescued."""
    missing = _ev(Status.MISSING, TOLD_IN_2024, "2024-05-01")
    abducted = _ev(Status.MISSING, "03/08/2014", "2024-05-01")
    rescued = _ev(Status.RESCUED, "2015", "2024-06-01")
    her = _her(missing, abducted, rescued)
    assert her.timeline() == [abducted, missing, rescued]
    assert her.timeline()[-1] is her.current_event
    # Dates that order the story still do: a sighting of 2017 after a rescue of 2015.
    sighted = _ev(Status.SIGHTED, "2017", "2024-06-02")
    assert _her(rescued, sighted).timeline() == [rescued, sighted]


def test_person_show_and_the_dossier_list_her_statuses_in_that_order(cli):
    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Sahar", "--father", "Murad", "--sex", "F",
               "--status", "missing").returncode == 0
    assert cli("person", "status", "SNJ-1", "rescued", "--date", "2015").returncode == 0
    shown = [line.split()[-1] for line in cli("person", "show", "SNJ-1").stdout.splitlines()
             if line.strip().startswith("status ")]
    assert shown == ["missing", "rescued"]


def test_a_word_known_only_by_a_later_day_that_steps_back_does_not_undo_a_dated_rescue():
    """Rescued on 12/04/2019, then a 'missing' or 'sighted' told with no date (known by the day
    it was told): the dates cannot place it after her rescue, and it is a step back along her
    case, so it is history, as it is when the rescue is the undated one."""
    rescued = _ev(Status.RESCUED, "12/04/2019", "2024-05-01")
    for back in (Status.MISSING, Status.SIGHTED):
        told = _ev(back, FuzzyDate.by(date(2024, 6, 1)), "2024-06-01")
        her = _her(rescued, told)
        assert her.current_status is Status.RESCUED, back
        assert her.timeline()[-1] is rescued   # her story ends with the status that is hers
    # A word further along still moves her on, and a dated one after the rescue still counts.
    reunited = _ev(Status.REUNITED, FuzzyDate.by(date(2024, 6, 1)), "2024-06-01")
    assert _her(rescued, reunited).current_status is Status.REUNITED
    assert _her(rescued, _ev(Status.SIGHTED, "2021", "2024-06-01")).current_status is \
        Status.SIGHTED


def test_an_undated_sighting_told_after_a_dated_rescue_leaves_her_rescued(cli):
    assert cli("init", "--prefix", "TST").returncode == 0
    assert cli("person", "add", "--given", "Jiyan", "--father", "Qasim", "--sex", "F",
               "--status", "rescued", "--status-date", "2019").returncode == 0
    r = cli("person", "status", "TST-1", "sighted")
    assert r.returncode == 0, r.stderr
    assert "TST-00001 is now rescued" in r.stdout
    rows = json.loads(cli("person", "list", "--json", "--status", "rescued").stdout)
    assert [row["case_no"] for row in rows] == ["TST-00001"]


def test_merging_a_later_missing_record_into_a_rescued_one_leaves_her_rescued(cli, tmp_path):
    """A second record of a woman already rescued, entered as missing with no date, merged into
    hers: her rescue stays her status, the merge says why, and her dossier says rescued."""
    from tests.pdf_glyphs import pdftotext

    assert cli("init", "--prefix", "SNJ").returncode == 0
    assert cli("person", "add", "--given", "Nadia", "--father", "Bashar", "--family", "Haskani",
               "--sex", "F", "--status", "rescued", "--status-date", "12/04/2019",
               "--sharing", "family").returncode == 0  # her family may receive her record
    assert cli("person", "add", "--given", "Nadiyah", "--father", "Besher", "--family",
               "Hesqani", "--sex", "F", "--born", "1998", "--status", "missing",
               "--sharing", "family").returncode == 0  # or the merge makes hers internal
    r = cli("merge", "SNJ-00001", "SNJ-00002")
    assert r.returncode == 0, r.stderr
    assert ("statuses differed: SNJ-00001 was rescued, SNJ-00002 missing; SNJ-00001 is now "
            "rescued (the missing told later is a step back along her case, and no date puts it "
            'after "rescued": history)') in r.stdout
    assert "if she is missing now: casekeeper person status SNJ-00001 missing --date DATE" \
        in r.stdout
    shown = json.loads(cli("--json", "person", "show", "SNJ-00001").stdout)
    assert shown["current_status"] == "rescued"
    out = tmp_path / "family.pdf"
    r = cli("dossier", "SNJ-00001", "-o", str(out), "--profile", "family", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "Current status rescued" in " ".join(pdftotext(out.read_bytes()).split())


def test_a_vault_saved_before_step_backs_were_history_stores_her_rescue_again(tmp_path):
    """Stored under the rule before this one, a rescued woman whose undated 'missing' came
    later was listed as missing; at the next unlock she is found among the rescued again."""
    from app.persons import STATUS_RULE_MARK
    from tests.import_helpers import new_vault, reopen

    s = new_vault(tmp_path / "vault")
    her = s.persons.create(_her(_ev(Status.RESCUED, "12/04/2019", "2024-05-01"),
                                _ev(Status.MISSING, FuzzyDate.by(date(2024, 6, 1)),
                                    "2024-06-01")))
    with s.db.transaction():  # as the version before stored her
        s.persons.repo.set_current_status(her.id, "missing")
        s.meta.set(STATUS_RULE_MARK, "2")
    s.close()
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.status_counts() == {"rescued": 1}
        (entry,) = [e for e in s.audit.history("vault", "") if e.action == "vault.statuses"]
        assert json.loads(entry.detail)["changed"] == [her.case_no]
    finally:
        s.close()


def test_a_vault_saved_while_two_lists_read_on_one_day_corrected_each_other_is_set_right(
        tmp_path):
    """Rule 4 took a family list's "missing" read the same day as an NGO's "rescued" for a
    correction: merged records so stored were listed among the missing while her page said
    rescued. At the next unlock she is found among the rescued."""
    from app.persons import STATUS_RULE_MARK
    from tests.import_helpers import new_vault, reopen

    s = new_vault(tmp_path / "vault")
    day = FuzzyDate.by(date(2025, 3, 1))
    her = s.persons.create(_her(
        StatusEvent(Status.RESCUED, day, note="«ناجية»", recorded_at="2025-03-01T10:00:00Z"),
        StatusEvent(Status.MISSING, day, note="«مفقودة»", recorded_at="2025-03-01T10:05:00Z")))
    with s.db.transaction():  # as rule 4 stored her
        s.persons.repo.set_current_status(her.id, "missing")
        s.meta.set(STATUS_RULE_MARK, "4")
    s.close()
    s = reopen(tmp_path / "vault")
    try:
        assert s.persons.status_counts() == {"rescued": 1}
    finally:
        s.close()


def test_a_status_told_after_a_dated_death_can_still_undo_it():
    """A woman listed dead in 2016 and later found freed: a rescue told with no date becomes
    hers. It stayed 'deceased' (death ranks last along her case, so every word after it read
    as a step back), and the first unlock of an older vault made such women dead again."""
    dead = _ev(Status.DECEASED, "2016", "2024-05-01")
    for status in (Status.RESCUED, Status.SIGHTED, Status.MISSING):
        told = StatusEvent(status, TOLD_IN_2024, recorded_at="2024-06-01T10:00:00Z")
        assert _her(dead, told).current_status is status


def test_a_step_back_with_a_date_of_its_own_counts_by_its_date():
    """'missing, about 2017' after a rescue of 2015 is later by its middle (re-trafficked): it
    is hers. Only a word known by the day it was told, with no date of its own, is history."""
    rescued = _ev(Status.RESCUED, "2015", "2024-05-01")
    again = _ev(Status.MISSING, "about 2017", "2024-06-01")
    assert _her(rescued, again).current_status is Status.MISSING
    undated = StatusEvent(Status.MISSING, TOLD_IN_2024, recorded_at="2024-06-01T10:00:00Z")
    assert _her(rescued, undated).current_status is Status.RESCUED


def test_person_status_says_when_the_status_told_stays_history(cli):
    """After a rescue of 2016, `person status missing` answered "is now rescued" and nothing
    more: the lawyer could not tell that the status was recorded, nor how to make it hers."""
    assert cli("init").returncode == 0
    assert cli("person", "add", "--given", "Salwa", "--sex", "F", "--status", "rescued",
               "--status-date", "2016").returncode == 0
    r = cli("person", "status", "SNJ-00001", "missing", "--note", "told again")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("SNJ-00001 is now rescued ('missing' was recorded in her "
                               "history") and "--date" in r.stdout
    r = cli("person", "status", "SNJ-00001", "missing", "--date", "2018")
    # hers, dated after her rescue: said as making her held again (tests/test_held_again_said)
    assert r.stdout.startswith("SNJ-00001 is now missing\n  she was rescued on 2016; this "
                               "makes her held again")
