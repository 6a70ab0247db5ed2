"""Redaction profiles: for each audience, the whitelist of fields that may be selected at all.

Redaction happens where data is chosen, never by covering text on a page: a field outside the
profile is not read from the vault for the document and is never handed to the PDF code.
"""

from __future__ import annotations

from enum import StrEnum

from app.domain.errors import ValidationError


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
    "status_progress",
})

_PUBLIC = frozenset({
    "case_no", "names", "sex", "birth", "origin", "abduction_date", "current_status",
    "record_meta",
})
_FAMILY = _PUBLIC | {
    "mother_name", "nickname", "aliases", "abduction_place", "status_timeline", "relatives",
    "photo", "rescues", "status_progress",
}
_COURT = _FAMILY | {
    "abduction_circumstances", "incident", "held_by", "status_notes", "reports", "report_text",
    "report_source_code", "report_credibility", "provenance",
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


def shown_status(status: str, profile: Profile) -> str:
    """The status a document of this profile says a person has."""
    if status in SEARCH_IN_PROGRESS and not allows(profile, "status_progress"):
        return "missing"
    return status


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
