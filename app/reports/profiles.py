"""Redaction profiles: for each audience, the whitelist of fields that may be selected at all.

Redaction happens where data is chosen, never by covering text on a page: a field outside the
profile is not read from the vault for the document and is never handed to the PDF code.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import ValidationError
from app.domain.person import SharingLevel


class Profile(StrEnum):
    INTERNAL = "internal"  # the lawyer's own team: everything except source identities
    COURT = "court"  # evidence: what happened and who said it (by code), not the network
    FAMILY = "family"  # the person's family: who, from where, what became of them
    PUBLIC = "public"  # an appeal or a meeting list: enough to recognise, nothing sensitive


# Every field a document can show. Source identities are not among them: the main vault holds
# source codes only, and no profile can reach the sources compartment.
ALL_FIELDS = frozenset({
    "case_no", "names", "mother_name", "nickname", "aliases", "sex", "birth", "origin",
    "abduction_date", "abduction_place", "abduction_circumstances", "incident",
    "last_known_location", "held_by", "current_status", "status_timeline", "status_notes",
    "relatives", "contacts", "photo",
    "reports", "report_text", "report_identifying_text", "report_source_code",
    "report_credibility",
    "rescues", "rescue_route", "rescue_team", "rescue_costs", "rescue_needs", "rescue_notes",
    "rescue_handover_point", "provenance", "notes", "sharing_level", "record_meta",
    # an operation's outcome as typed, where the operation freed others the paper does not
    # name: free text about all of them ("both freed, Vian injured") names them
    "rescue_outcome_of_others",
    "status_progress", "merged_cases",
    # who sent a list and what its file and sheet are called ("Salim Qasim list",
    # salim.csv): a sender's name, or a file named after him, names an informant; outside
    # the team a list is said by its batch, the day it was read, its row and the file's
    # SHA-256
    "provenance_sender",
    # Of a woman still held (still_held): what could tell where she is now, or that she has
    # been found or someone is working to free her. The steps of the search in her status and
    # her timeline, the reports received of her since her abduction, the rescue records that
    # name her. Without it a paper keeps them back until she is freed (withheld_while_held).
    "search_while_held",
    # Of a person still held whom a paper is not about (a sister a report or a rescue attempt
    # named too): the reports of her since her abduction and the facts of an operation that
    # did not free her. A freed woman's paper carried them to a court or another family (a
    # report of both sisters, "Layla is still in the house of Abu Omar"); only the team's
    # papers show them (while_held.py).
    "search_of_others_while_held",
    # A report proved false (`report edit --proved-false`): the team's papers print it marked,
    # with why and when; a court's leaves it out, counted: a sighting found false would stand
    # there as evidence of where she was, and why it was false (who lied) is the team's.
    "report_proved_false",
})

_PUBLIC = frozenset({
    "case_no", "names", "sex", "birth", "origin", "abduction_date", "current_status",
    "record_meta",
})
_FAMILY = _PUBLIC | {
    "mother_name", "nickname", "aliases", "abduction_place", "status_timeline", "relatives",
    "photo", "rescues", "status_progress",
    # Her family keeps where the search stands while she is held: they are the ones the team
    # tells when she is sighted or located, and most often the ones paying for her, so their
    # paper says nothing they were not told. Nor does it carry what would place her: no
    # reports, no last known location, no held by, no rescue route, handover point or team.
    "search_while_held",
}
# Not her status notes: typed as news came in ("negotiating through intermediary Hajji
# Sulaiman, asking 15000 USD", "located in Raqqa, Hay al-Zahra"), they name intermediaries,
# sums and places the court paper otherwise leaves out; it says that notes are kept instead.
# Nor, while she is held, the search for her ("search_while_held"): a court paper passes through
# clerks, police and whoever else handles the file, and "located", a report "seen in Raqqa,
# house of Abu X" or a rescue record could get her moved, sold on or killed and endanger those
# working to free her. What a court needs of her then is the crime: who she is, when and where
# she was taken, and the reports of it; not held by, who holds her now (printed once she is
# out, as evidence against her captor: selection._abduction).
_COURT = (_FAMILY - {"search_while_held"}) | {
    "abduction_circumstances", "incident", "held_by", "reports", "report_text",
    "report_source_code", "report_credibility", "provenance",
    # the numbers of records merged into hers: a court's file or a police paper may carry an
    # earlier one. Not on a family's paper: which records the team kept of her, and that
    # another list (another family's, an informant's) named her too, is the team's
    # bookkeeping; a family holding an old number is told hers when the dossier is asked for
    # by it (refused, naming hers). Nor on a public appeal, which never showed them.
    "merged_cases",
}

FIELDS: dict[Profile, frozenset[str]] = {
    # Internal still leaves out nothing but what the vault never holds (source identities).
    Profile.INTERNAL: ALL_FIELDS,
    Profile.COURT: frozenset(_COURT),
    Profile.FAMILY: frozenset(_FAMILY),
    Profile.PUBLIC: _PUBLIC,
}


# The steps of a search under way, learnt from informants and worked on by the rescue network:
# sighted, located, in negotiation. On a paper for the public they would tell whoever holds her
# that she has been found, or that someone is paying; there she is what she is to everyone
# else, missing (profile field "status_progress").
SEARCH_IN_PROGRESS = frozenset({"sighted", "located", "in_negotiation"})


# A woman is still held unless her status says she is out of captivity: rescued, reunited or
# deceased. "unknown" (no status recorded, or a list that said so) counts as held: nothing says
# she is out, and what a paper printed about where she is cannot be taken back.
NOT_HELD = frozenset({"rescued", "reunited", "deceased"})


def still_held(status: str) -> bool:
    """Whether a person of this current status is still held, for what her papers show."""
    return status not in NOT_HELD


def withholds_while_held(profile: Profile, status: str) -> bool:
    """Whether a paper of this profile keeps back the search for a person of this current
    status: she is still held, and the profile does not show the search while she is."""
    return still_held(status) and not allows(profile, "search_while_held")


def shown_status(status: str, profile: Profile) -> str:
    """The status a document of this profile says a person has: "missing" for a search under
    way where the profile shows none (public), or none while she is held (court; a current
    status of sighted, located or in negotiation is one of a woman still held). On a paper
    that says she is still held (court), "unknown" reads "missing" too: it counts as held
    (nothing says she is out), and "Current status: unknown" beside "She is still held" read
    as the paper contradicting itself."""
    if status in SEARCH_IN_PROGRESS and not (allows(profile, "status_progress")
                                             and allows(profile, "search_while_held")):
        return "missing"
    if status == "unknown" and allows(profile, "status_progress") \
            and not allows(profile, "search_while_held"):
        return "missing"
    return status


def timeline_status(status: str, profile: Profile) -> str:
    """A step of her status timeline as a paper of this profile says it: "unknown" as
    shown_status says it ("missing" on a court's paper, as her current status and the summary
    say it: a court's timeline said "unknown" under "Current status: missing"); every other
    step as told (while she is held the search's steps are left off instead, and once she is
    freed her timeline tells her whole story)."""
    return shown_status(status, profile) if status == "unknown" else status


def parse_profile(name: str | None) -> Profile:
    """The profile a user named; there is no default, so every export says who it is for."""
    if not name:
        raise ValidationError("choose a disclosure profile: --profile "
                              + "|".join(p.value for p in Profile))
    try:
        return Profile(name.strip().lower())
    except ValueError:
        raise ValidationError(f"unknown profile {name!r}: use one of "
                              + ", ".join(p.value for p in Profile)) from None


def allows(profile: Profile, field: str) -> bool:
    if field not in ALL_FIELDS:
        raise KeyError(field)  # a typo must never silently hide or show a field
    return field in FIELDS[profile]


# Who may receive a person's record (her sharing level) against who will read a document (its
# profile). The lawyer sets the level on each record; the profile is chosen for each document.
# A record may go only where its level reaches: the levels widen in the order below, each a
# step further from the team (an NGO partner, a court, her family, anyone who sees a public
# appeal), and a document of a profile may include a person only if her level is at least the
# level that profile's readers need. So an internal document holds everyone, a court document
# those of level court, family or public, a family one family or public, a public one public
# only. Records never given a level are internal: they stay out of every outside document
# until she says otherwise, since a name printed for the wrong reader cannot be taken back.
SHARING_ORDER: tuple[SharingLevel, ...] = (
    SharingLevel.INTERNAL, SharingLevel.NGO, SharingLevel.COURT, SharingLevel.FAMILY,
    SharingLevel.PUBLIC)
NEEDED_LEVEL: dict[Profile, SharingLevel] = {
    Profile.INTERNAL: SharingLevel.INTERNAL,
    Profile.COURT: SharingLevel.COURT,
    Profile.FAMILY: SharingLevel.FAMILY,
    Profile.PUBLIC: SharingLevel.PUBLIC,
}


def reaches(level: SharingLevel | str, profile: Profile) -> bool:
    """Whether a person of this sharing level may appear in a document of this profile."""
    return SHARING_ORDER.index(SharingLevel(level)) >= SHARING_ORDER.index(NEEDED_LEVEL[profile])


def levels_reaching(profile: Profile) -> list[str]:
    """The sharing levels a document of this profile may include, narrowest first."""
    return [lv.value for lv in SHARING_ORDER if reaches(lv, profile)]


def sharing_refusal(case_no: str, level: SharingLevel | str, profile: Profile,
                    can_override: bool = True, sex: str = "U") -> str:
    """Why one person's document of this profile is not made, and how to change that; worded
    by the person's sex (F, M; else of anyone): a boy was "she"."""
    from app.reports.while_held import pronouns  # it imports this module
    level = SharingLevel(level)
    need = NEEDED_LEVEL[profile].value
    is_, _obj, poss = pronouns(sex)
    return (f"{case_no} has sharing level {level.value}, which does not allow a "
            f"{profile.value} document (it needs {' or '.join(levels_reaching(profile))}): "
            f"if {is_.split()[0]} may be shown to that audience, set it with `casekeeper person "
            f"edit {case_no} --sharing {need}` (or on {poss} page, Sharing)"
            + ("; --despite-sharing makes it anyway and says so in the audit trail"
               if can_override else ""))


def left_out_said(count: int, profile: Profile) -> str:
    """What the command line and the desktop say of persons a list document leaves out."""
    return (f"{count} person{'s' if count != 1 else ''} left out: their sharing level does not "
            f"allow {profile.value} (set it with `casekeeper person sharing "
            f"{NEEDED_LEVEL[profile].value} CASE_NO ...` once each may be shown)")
