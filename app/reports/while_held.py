"""What a paper keeps back of a woman still held, where its profile does not show the search for
her (app/reports/profiles.py, "search_while_held": a court's papers).

While she is held, a court paper shows the crime (who she is, when, where and how she was
taken, the reports of that) and nothing that could tell where she is now or that anyone is
working to free her: not the steps of the search (sighted, located, in negotiation; she reads
as missing), not who holds her now, not the reports received of her since she was taken, not
the rescue records that name her. A rescue, reunion or death on her timeline, which her current
status overtakes, is marked so. Once she is rescued, reunited or dead, the same paper shows her
whole story.

The paper says what it keeps back, in words printed for every woman still held, whatever is
held back of her: a count of search steps or of rescue records would itself say that she has
been found or that someone is working to free her. Only the reports are counted, so that a
court knows there is evidence to ask the team for. The command line and the print screen,
read by the team alone, say every count.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.fuzzydate import ABDUCTIONS_BEGAN_ON, FuzzyDate
from app.domain.person import Person
from app.domain.records import Report, RescueOperation
from app.reports.profiles import Profile, allows, still_held

# The command line's pronouns of a person by sex (F, M; U: not recorded, said of anyone): a
# boy still held was "she" on a court's paper and in the command's line.
# A field of her record as the command line names it: "the held by" said nothing.
_FIELD_SAID = {"circumstances": "Circumstances", "held_by": "Held by",
               "last_known_location": "Last known location", "incident": "incident description",
               "origin_village": "Village", "origin_district": "District",
               "origin_governorate": "Governorate", "abduction_place": "abduction Place",
               "incident_place": "incident place"}
_PRONOUNS = {"F": ("she is", "her", "her"), "M": ("he is", "him", "his"),
             "U": ("they are", "them", "their")}


def pronouns(sex: str) -> tuple[str, str, str]:
    """(subject and verb, object, possessive) of a person of this sex."""
    return _PRONOUNS.get(sex, _PRONOUNS["U"])


@dataclass(frozen=True)
class HeldBack:
    """What a paper of one woman still held left out until she is freed."""

    steps: int = 0    # statuses of the search under way left off her timeline
    reports: int = 0  # reports of her since her abduction
    rescues: int = 0  # rescue records naming her
    sex: str = "F"    # hers, as the vault holds it (F, M, U): the line is worded by it
    # who holds her or where she was last known to be was recorded, and left out
    whereabouts: bool = False

    def detail(self) -> dict:
        """For the export's audit entry."""
        held = {"search_steps": self.steps, "reports": self.reports,
                "rescue_records": self.rescues}
        return {"withheld_while_held": {**held, "whereabouts": True} if self.whereabouts
                else held}

    def said(self, case_no: str) -> str:
        """The command line's line (the team's own words: every count but a nought, "0
        steps ..., 0 reports ... and 0 rescue records" read as something held back); "" where
        it left out nothing."""
        is_, obj, poss = pronouns(self.sex)
        counts = [said for n, said in (
            (self.steps, f"{_n(self.steps, 'step')} of the search for {obj} (sighted, located, "
                         "in negotiation)"),
            (self.reports, f"{_n(self.reports, 'report')} of {obj} since {poss} abduction"),
            (self.rescues, _n(self.rescues, "rescue record"))) if n]
        what = ", ".join(counts[:-1]) + " and " + counts[-1] if len(counts) > 1 \
            else "".join(counts)
        if self.whereabouts:
            what += (", and " if what else "") + f"who holds {obj} and where"
        return (f"{case_no} is still held: until {is_} freed, this paper leaves out {what}, "
                "and says so") if what else ""


@dataclass(frozen=True)
class OthersHeldBack:
    """What a paper left out for persons still held whom it is not about: the reports that
    concern one of them too, since that one's abduction, and the operations that name one of
    them, whatever they gave (printed without their date, place and outcome). The paper says so."""

    reports: int = 0
    operations: int = 0
    # the case numbers of those still held, for the team's own line only
    held_in_reports: tuple[str, ...] = ()
    held_in_operations: tuple[str, ...] = ()
    held_named_in_reports: tuple[str, ...] = ()
    # the reports, filed under others, whose printed text names one of them
    # (app/matching/named_in_text.py)
    named: int = 0
    # the fields of the paper's person (circumstances, held by) whose text names one of them,
    # and whom: printed as withheld
    fields: tuple[str, ...] = ()
    held_named_in_fields: tuple[str, ...] = ()
    # the reports printed whose Place names one of them (whom: in held_named_in_fields): that
    # cell printed as withheld
    report_places: int = 0
    # the place cells quoted from the lists that named her that name one of them (whom: in
    # held_named_in_fields): printed as withheld
    list_places: int = 0

    def __bool__(self) -> bool:
        return bool(self.reports or self.operations or self.named or self.fields
                    or self.report_places or self.list_places)

    def detail(self) -> dict:
        """For the export's audit entry."""
        said: dict = {"reports": self.reports, "reports_naming_them": self.named,
                      "rescue_operations": self.operations}
        if self.fields:
            said["fields_naming_them"] = list(self.fields)
        if self.report_places:
            said["report_places_naming_them"] = self.report_places
        if self.list_places:
            said["list_place_cells_naming_them"] = self.list_places
        return {"withheld_for_others_held": said}

    def said(self) -> str:
        """The command line's line (the team's own words: whom, and every count)."""
        what = []
        if self.reports:
            what.append(f"{_n(self.reports, 'report')} that also concern"
                        f"{'s' if self.reports == 1 else ''} "
                        f"{', '.join(self.held_in_reports)}, still held")
        if self.named:
            what.append(f"{_n(self.named, 'report')} whose text name"
                        f"{'s' if self.named == 1 else ''} "
                        f"{', '.join(self.held_named_in_reports)}, still held (given and "
                        "father's name, an alias, or a relative's name alone)")
        if self.operations:
            # held back whatever it gave (facts_kept_back): "did not free" was said of one
            # that freed the very woman the paper is about
            what.append(f"the date, place and outcome of {_n(self.operations, 'operation')} "
                        f"that name{'s' if self.operations == 1 else ''} "
                        f"{', '.join(self.held_in_operations)}, still held (among "
                        f"{'its' if self.operations == 1 else 'their'} persons or in "
                        f"{'its' if self.operations == 1 else 'their'} words), whatever "
                        f"{'it' if self.operations == 1 else 'they'} gave")
        if self.fields or self.report_places or self.list_places:
            said = " and ".join(_FIELD_SAID.get(f, f.replace("_", " ")) for f in self.fields)
            fields = f"the {said} field{'s' if len(self.fields) > 1 else ''} of this record" \
                if self.fields else ""
            places = f"the Place of {_n(self.report_places, 'report')}" \
                if self.report_places else ""
            cells = f"{_n(self.list_places, 'place cell')} quoted from the lists that named " \
                "this person" if self.list_places else ""
            what.append(f"{' and '.join(x for x in (fields, places, cells) if x)}, whose text "
                        "names "
                        f"{', '.join(self.held_named_in_fields)}, still held")
        return (f"this paper leaves out {'; and '.join(what)}; and says so: a paper outside "
                "the team does not tell where the search for someone else still held stands")


def search_hidden(profile: Profile, person: Person, own: set[int]) -> bool:
    """Whether a paper of this profile, about the persons whose records are own, keeps back
    the search for this person: she is still held, and the profile shows the search for no
    one (a court's), or for its own persons only (a family's, which is told of theirs) and
    she is not one of them."""
    if not still_held(person.current_status.value):
        return False
    if person.id in own:
        return not allows(profile, "search_while_held")
    return not allows(profile, "search_of_others_while_held")


def facts_kept_back(op: RescueOperation, concerned: list[Person], profile: Profile,
                    own: set[int]) -> list[Person]:
    """The persons still held for whom a paper keeps back the date, place and outcome of this
    operation: any it names, whose search the paper keeps back, whatever it gave. One rule for
    an operation that failed, does not say, or freed others: its place and date are where and
    when someone still held was sought (an operation that freed her sister from a house she is
    still held in printed both), and freed or not is no part of that (REPORTS.md)."""
    return [p for p in concerned if search_hidden(profile, p, own)]


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _end(d: FuzzyDate):
    return d.latest or d.earliest


def earliest_taken(taken: FuzzyDate) -> date | None:
    """The first day she may have been taken, the safe side of an uncertain date: 'about
    08/2014' may be its first day, 2014 may be any day of it. Not before the
    abductions began (ABDUCTIONS_BEGAN_ON) when her range reaches past that day: 'about 08/2014'
    and 2014 are from 2014-08-03. A range wholly before it (a slip the import warned of) is
    taken as it is. None with no date."""
    first, last = taken.earliest, _end(taken)
    if last is None:
        return None
    if first is None:  # known by a day, not since when
        first = min(last, ABDUCTIONS_BEGAN_ON)
    return ABDUCTIONS_BEGAN_ON if first < ABDUCTIONS_BEGAN_ON <= last else first


def since_abduction(report: Report, taken: FuzzyDate) -> bool:
    """Whether a report may tell of her after she was taken, and so where she is now: every
    report but one known to be of the days before or of her abduction, its observation (else
    its receipt) ending no later than the first day she may have been taken (earliest_taken).
    Compared with the end of an uncertain abduction date, a report seen weeks after she was
    taken 'about 08/2014' (to 2014-09-30) was printed on a court paper. A report of unknown
    date, or of a woman whose abduction has no date, may be of yesterday."""
    seen = report.observed if _end(report.observed) else report.received
    end, first = _end(seen), earliest_taken(taken)
    return not (end and first and end <= first)


def said_missing_while_held(count: int) -> str:
    """The command line's line of a summary or rescue report of persons still held."""
    return (f"{count} person{'' if count == 1 else 's'} still held and sighted, located or in "
            f"negotiation {'is' if count == 1 else 'are'} said to be missing on this paper, "
            "which does not say where the search for anyone still held stands (it says so)")


def held_back_detail(persons: int, facts: bool) -> dict:
    """For the audit entry of a rescue report: the persons not named as still held, and
    whether the operation's facts were kept back for them; empty where neither."""
    out: dict = {}
    if persons:
        out["held_not_named"] = persons
    if facts:
        out["facts_withheld_while_held"] = True
    return out


def held_back_said(persons: int, facts: bool) -> str:
    """The command line's line of a rescue report that kept back persons still held."""
    said = []
    if persons:
        said.append(f"{persons} person{'' if persons == 1 else 's'} still held not named")
    if facts:
        said.append("its date, place and outcome left out, as someone it names is still held "
                    "(whatever it gave)")
    return "; ".join(said) + " (the paper says so)" if said else ""


def villages_naming_said(naming: dict[str, tuple[str, ...]]) -> str:
    """The command line's line of a list paper that printed a village as withheld, as it
    names a person still held ({case number: whom}); "" where none."""
    if not naming:
        return ""
    whose = "; ".join(f"{case_no}'s, naming {', '.join(held)}"
                      for case_no, held in sorted(naming.items()))
    return (f"this paper prints {_n(len(naming), 'village')} as withheld ({whose}, still held), "
            "and says so: a paper outside the team does not tell where the search for someone "
            "else still held stands")
