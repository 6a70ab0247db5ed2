"""Who a report or a rescue is about, put right: a person added or taken off, and a report
deleted. A report filed under the wrong woman would otherwise stand in her dossier for good."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING, NamedTuple

from app.domain.errors import Listed, ValidationError
from app.domain.records import Report, RescueOperation
from app.rescue_statuses import give_statuses, holding_her

if TYPE_CHECKING:
    from app.persons import PersonService
    from app.records import RecordService


# A woman named twice in one record: by one case number, or by two records of her, one merged
# into the other or both into a third (a report filed twice about her, a rescue giving her
# status twice). ui/error_words.py says them in the desktop's words.
TWICE = "%1 is given more than once: name each person once"
MERGED_INTO = ("%1 is merged into %2, which is given too: they are one person; name each person "
               "once")
BOTH_MERGED = ("%1 and %2 are both merged into %3: they are one person; name each person "
               "once")

# said on the desktop after "%1 cannot be taken off report %2:" (her page's Not about her)
RESTING_SAID = ("a status of %1 rests on it: withdraw that status first (Status timeline), then "
                "take her off")
# said on the desktop when a report with a status resting on it is marked proved false
FALSE_RESTING_SAID = ("a status of %1 rests on report %2: withdraw that status first (Status "
                      "timeline), then mark the report proved false")
NO_ONE_SAID = ("it is about no one else, and a report names at least one person: add the woman "
               "it is about under its other women first")


class Twice(NamedTuple):
    """Two records named of one woman as she is kept now: the one named first and the one named
    after it, each by its own case number (one number twice, one record merged into the other,
    or both merged into a third), and the number she is kept as."""
    first: str
    then: str
    kept: str


def kept_numbers(persons: PersonService, ids: list[int]) -> tuple[dict[int, str], dict[int, str]]:
    """({id: its own case number}, {id: the case number of the record it is kept as now})."""
    top = persons.kept_as(ids)
    own = {p.id: p.case_no for p in persons.get_many(ids)}
    return own, {i: top.get(i) or own.get(i, f"record {i}") for i in ids}


def one_woman_twice(persons: PersonService, ids: list[int], start: int = 1) -> Twice | None:
    """The first record of ids[start:] that is one woman with a record named before it, as she
    is kept now: the one rule `report add`, `rescue add`, `report edit --add-person` and the
    desktop's persons box name each woman once by, each saying it in its own words."""
    own, kept = kept_numbers(persons, ids)
    for k in range(max(start, 1), len(ids)):
        for j in ids[:k]:
            if kept[j] == kept[ids[k]]:
                return Twice(own.get(j, kept[j]), own.get(ids[k], kept[ids[k]]), kept[j])
    return None


class RecordPersons:
    """Changes to the persons a record names; each in the audit trail by number."""

    def __init__(self, records: RecordService) -> None:
        self.records = records
        self.db, self.audit, self.persons, self.repo = (records.db, records.audit,
                                                        records.persons, records.repo)

    def change_report(self, report: Report, add: list[str], remove: list[str]
                      ) -> tuple[list[str], list[str]]:
        """Add and take off persons of a report (case numbers); returns those added and taken
        off. Refused while a status of a person taken off rests on it."""
        with self.db.transaction():
            ids, added, gone = self._report_change(report, add, remove)
            self.repo.set_report_persons(report.id, ids)
            self.audit.append("report.edit", "report", str(report.id), {
                "changed": ["persons"], "persons": ids, "added": added, "removed": gone})
        return self._cases(added), self._cases(gone)

    def refuse_report_change(self, report: Report, add: list[str], remove: list[str]) -> None:
        """The refusal change_report would give, if any, nothing changed: asked before the user
        is asked to confirm (a woman the report names alone, a status of hers resting on it)."""
        self._report_change(report, add, remove)

    def _report_change(self, report: Report, add: list[str], remove: list[str]
                       ) -> tuple[list[int], list[int], list[int]]:
        ids, added, gone = self._changed(f"report {report.id}", report.person_ids, add, remove)
        resting = self.resting(report.id, holding_her(self.persons, gone) if gone else set())
        if resting:  # the desktop's "Not about her" says it in its words, no command in it
            raise ValidationError.saying_apart(
                f"{'; '.join(resting)}: withdraw it first, then take her off report {report.id}",
                RESTING_SAID, Listed(self.resting_cases(report.id, holding_her(self.persons,
                                                                                gone))))
        self.records.refuse_before_taken(added, report.observed, "seen")
        return ids, added, gone

    def change_rescue(self, op: RescueOperation, add: list[str], remove: list[str]
                      ) -> tuple[list[str], list[str]]:
        """Add and take off persons of a rescue; the status it gives follows them (given to
        those added, taken back from those taken off)."""
        with self.db.transaction():
            ids, added, gone = self._changed(f"rescue {op.id}", op.person_ids, add, remove)
            self.records.refuse_before_taken(added, op.date, "freed")
            self.repo.set_rescue_persons(op.id, ids)
            op.person_ids = ids
            self.audit.append("rescue.edit", "rescue", str(op.id), {
                "changed": ["persons"], "persons": ids, "added": added, "removed": gone,
                "gives_status": op.gives_status})
            give_statuses(self.persons, op)
        return self._cases(added), self._cases(gone)

    def delete_report(self, report: Report, reason: str) -> None:
        """Delete a report; refused while a status rests on it. Its text is overwritten in the
        file, not only unlinked (secure_delete, then the log emptied)."""
        with self.db.transaction():
            self.refuse_deletion(report.id)
            self.repo.delete_report(report.id)
            self.audit.append("report.delete", "report", str(report.id), {
                "persons": report.person_ids, "source_code": report.source_code,
                "reason": reason})
        self.db.forget_old_pages()

    def refuse_deletion(self, rid: int) -> None:
        """The refusal a deletion of the report would give, if any: asked before the user is
        asked to confirm."""
        resting = self.resting(rid)
        if resting:
            raise ValidationError(f"{'; '.join(resting)}: withdraw it first, then delete "
                                  f"report {rid}")

    def refuse_proved_false(self, rid: int) -> None:
        """A report proved false while a status rests on it: refused, as its deletion is, with
        the command that withdraws the status (her status would stand on a false report)."""
        resting = self.resting(rid)
        if resting:  # the desktop says it in its words, no command in it
            raise ValidationError.saying_apart(
                f"{'; '.join(resting)}: withdraw it first, then mark report {rid} proved false",
                FALSE_RESTING_SAID, Listed(self.resting_cases(
                    rid, {pid for pid, _, _ in self.repo.statuses_resting_on(rid)})), rid)

    def resting(self, rid: int, on: set[int] | None = None) -> list[str]:
        """For each status resting on the report (only those on these records, when given):
        "SNJ-00001's status sighted of 2019 rests on report 3 (to withdraw it: casekeeper
        person status-withdraw SNJ-00001 sighted --date 2019 --reason ...)"."""
        events = [e for e in self.repo.statuses_resting_on(rid) if on is None or e[0] in on]
        cases = self.persons.case_numbers([pid for pid, _, _ in events])
        out = []
        for pid, status, when in events:
            case = cases.get(pid, f"record {pid}")
            dated = f" --date {shlex.quote(when)}" if when else ""
            out.append(f"{case}'s status {status}{f' of {when}' if when else ''} rests on "
                       f"report {rid} (to withdraw it: casekeeper person status-withdraw "
                       f"{case} {status}{dated} --reason ...)")
        return out

    def resting_cases(self, rid: int, on: set[int]) -> list[str]:
        """The case numbers of those records whose statuses rest on the report (resting)."""
        pids = [pid for pid, _, _ in self.repo.statuses_resting_on(rid) if pid in on]
        cases = self.persons.case_numbers(pids)
        return list(dict.fromkeys(cases.get(pid, f"record {pid}") for pid in pids))

    def _changed(self, what: str, ids: list[int], add: list[str], remove: list[str]
                 ) -> tuple[list[int], list[int], list[int]]:
        """(the record's persons now, ids added, ids taken off). A person is known by the
        record she is kept as: SNJ-00005 takes off the record merged into hers too."""
        if not add and not remove:
            raise ValidationError("give --add-person or --remove-person")
        given = {case: self.persons.get(case) for case in (*remove, *add)}
        kept = self._kept([*ids, *(p.id for p in given.values())])  # one reading for all
        now, added, gone = list(ids), [], []
        for case in remove:
            person = given[case]
            mine = [i for i in now if kept[i] == kept[person.id]]
            if not mine:
                named = ", ".join(dict.fromkeys(kept[i] for i in now)) or "no one"
                raise ValidationError(f"{what} is not about {person.case_no} (it is about "
                                      f"{named}): nothing changed")
            gone += mine
            now = [i for i in now if i not in mine]
        for case in add:
            person = given[case]
            twice = one_woman_twice(self.persons, [*now, person.id], start=len(now))
            if twice is not None:  # the number typed, and the merge that makes it hers
                merged = f" ({twice.then} is merged into it)" if twice.then != twice.kept else ""
                raise ValidationError(f"{what} is already about {twice.kept}{merged}: nothing "
                                      f"changed")
            added.append(person.id)
            now.append(person.id)
        if not now:
            message = (f"{what} would be about no one: a record must name at least one person; "
                       "add the right one with --add-person in the same command")
            if not what.startswith("report"):
                raise ValidationError(message)
            # the desktop's "Not about her" on a report about her alone: in its words
            raise ValidationError.saying_apart(
                message + ", or delete the report (casekeeper report delete)", NO_ONE_SAID)
        return now, added, gone

    def each_person_once(self, ids: list[int]) -> None:
        """A new report or rescue names each woman once, as she is kept now (one_woman_twice),
        so that `report add --person SNJ-3 --person SNJ-4`, SNJ-4 merged into SNJ-3, is
        refused as `report edit --add-person` refuses it."""
        twice = one_woman_twice(self.persons, ids)
        if twice is None:
            return
        first, then, kept = twice
        if first == then:  # the same record twice (SNJ-5 and snj-5)
            raise ValidationError.saying(TWICE, first)
        if kept in (first, then):  # one given, and a record merged into hers
            raise ValidationError.saying(MERGED_INTO, *((then, first) if first == kept
                                                        else (first, then)))
        raise ValidationError.saying(BOTH_MERGED, first, then, kept)

    def _kept(self, ids: list[int]) -> dict[int, str]:
        """{id: the case number of the record it is kept as now}."""
        return kept_numbers(self.persons, ids)[1]

    def _cases(self, ids: list[int]) -> list[str]:
        return [self._kept(ids)[i] for i in ids]
