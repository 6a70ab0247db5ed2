"""A person as plain JSON-ready data and back: for --json output, JSON input files and drafts."""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent

_TEXT_FIELDS = ("origin_village", "origin_district", "origin_governorate", "abduction_place",
                "abduction_circumstances", "last_known_location", "held_by", "notes")


def date_to_dict(d: FuzzyDate) -> dict:
    return {"earliest": d.earliest.isoformat() if d.earliest else None,
            "latest": d.latest.isoformat() if d.latest else None, "text": d.text}


def person_to_dict(p: Person) -> dict:
    return {
        "case_no": p.case_no, "uuid": p.uuid, "version": p.version,
        "names": {part.value: {"original": t.original, "latin": t.latin}
                  for part, t in p.names.items() if not t.is_blank},
        "aliases": list(p.aliases), "sex": p.sex.value,
        "birth": date_to_dict(p.birth), "abduction_date": date_to_dict(p.abduction_date),
        **{f: getattr(p, f) for f in _TEXT_FIELDS},
        "incident_id": p.incident_id, "sharing_level": p.sharing_level.value,
        "current_status": p.current_status.value,
        "status_events": [{"status": e.status.value, "date": date_to_dict(e.date),
                           "note": e.note, "report_id": e.report_id,
                           "rescue_id": e.rescue_id,
                           "recorded_at": e.recorded_at} for e in p.status_events],
        "synthetic": p.synthetic, "merged_into": p.merged_into,
        "created_at": p.created_at, "updated_at": p.updated_at,
    }


def _date(value, field: str) -> FuzzyDate:
    if value in (None, ""):
        return FuzzyDate()
    if isinstance(value, dict):
        return FuzzyDate.from_row(value.get("earliest"), value.get("latest"),
                                  value.get("text", ""))
    try:
        # a birth may be an age in the words an import stores it in ("age 12 in 2014")
        return FuzzyDate.parse_birth(value) if field == "birth" else FuzzyDate.parse(value)
    except ValueError as e:
        raise ValidationError(f"{field}: {e}") from None


def _enum(cls, value, field: str):
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in cls)
        raise ValidationError(f"{field}: {value!r} is not one of {allowed}") from None


def _expect(value, kind: type, field: str, default):
    """The value if it has the JSON type a field needs; a one-line error naming the field if not."""
    if value is None:
        return default
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        names = {dict: "an object", list: "a list", str: "text", int: "a whole number"}
        raise ValidationError(f"{field}: must be {names.get(kind, kind.__name__)}, "
                              f"not {json_type(value)}")
    return value


def json_type(value) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false",
            int: "a number", float: "a number"}.get(type(value), type(value).__name__)


# What person_from_dict reads: person_to_dict's keys, and "status" (one status, told alone).
READ_KEYS = ("case_no", "uuid", "version", "names", "aliases", "sex", "birth", "abduction_date",
             *_TEXT_FIELDS, "incident_id", "sharing_level", "status", "status_events",
             "current_status", "synthetic", "merged_into", "created_at", "updated_at")
# What `person show --json` (and add's own output) says of the records around her: a file that
# is such a record is taken whole, and those come from their own commands (link, contact, ...).
SHOWN_KEYS = ("merged_into_case_no", "incident", "relatives", "family_contacts", "photos",
              "reports", "rescues", "rescues_from_case_no", "rescue_details", "provenance", "merged_records",
              "not_same", "list_conflicts", "similar")
# The command line's words for a field, as a hand-written file is likely to use them.
_OPTION_WORDS = {"born": "birth", "abducted": "abduction_date", "village": "origin_village",
                 "district": "origin_district", "governorate": "origin_governorate",
                 "circumstances": "abduction_circumstances", "location": "last_known_location",
                 "sharing": "sharing_level", "alias": "aliases", "incident": "incident_id"}


def refuse_unknown_keys(d, where: str) -> None:
    """A key person_from_dict would not read is refused by name, not dropped without a word."""
    if not isinstance(d, dict):
        return
    unknown = [k for k in d if k not in READ_KEYS and k not in SHOWN_KEYS]
    if unknown:
        said = "; ".join(f"{k!r}: use {_OPTION_WORDS[k]!r}" if k in _OPTION_WORDS else repr(k)
                         for k in unknown)
        raise ValidationError(f"{where}: not a field of a person: {said}. Nothing was added. "
                              f"The fields read: {', '.join(READ_KEYS)} (names: {{part: text}})")
    # and inside the fields that are objects: {"birth": {"year": 1998}} was a blank birth
    for field in ("birth", "abduction_date"):
        _refuse_inner(d.get(field), _DATE_KEYS, where, field)
    names = d.get("names")
    for part, value in (names.items() if isinstance(names, dict) else ()):
        _refuse_inner(value, _NAME_KEYS, where, f"names.{part}")
    events = d.get("status_events")
    for n, ev in enumerate(events if isinstance(events, list) else (), 1):
        _refuse_inner(ev, _EVENT_KEYS, where, f"status_events[{n}]")
        if isinstance(ev, dict):
            _refuse_inner(ev.get("date"), _DATE_KEYS, where, f"status_events[{n}].date")


_DATE_KEYS = ("earliest", "latest", "text")
_NAME_KEYS = ("original", "latin")
# from_case_no: what `person show` says of an event a merged record brought, not read back
_EVENT_KEYS = ("status", "date", "note", "report_id", "rescue_id", "recorded_at", "from_case_no")


def _refuse_inner(value, known: tuple[str, ...], where: str, field: str) -> None:
    """A key of an object field that person_from_dict would not read, refused by name."""
    if not isinstance(value, dict):
        return
    unknown = [k for k in value if k not in known]
    if unknown:
        raise ValidationError(f"{where}: {field}: not read: {', '.join(map(repr, unknown))}. "
                              f"Nothing was added. Read there: {', '.join(known)} (or plain text)")


def person_from_dict(d: dict) -> Person:
    """Build a Person from the same shape person_to_dict writes; names may be plain strings."""
    if not isinstance(d, dict):
        raise ValidationError("a person must be a JSON object")
    p = Person(case_no=str(d.get("case_no") or ""))
    for part, value in _expect(d.get("names"), dict, "names", {}).items():
        kind = _enum(NamePart, part, "names")
        if isinstance(value, dict):
            p.names[kind] = NameText(str(value.get("original") or ""), str(value.get("latin") or ""))
        else:
            p.name(kind).put(str(_expect(value, str, f"names.{part}", "")))
    p.aliases = [str(_expect(a, str, "aliases", "")) for a in _expect(d.get("aliases"), list,
                                                                       "aliases", [])]
    p.sex = _enum(Sex, d.get("sex", "U"), "sex")
    p.birth = _date(d.get("birth"), "birth")
    p.abduction_date = _date(d.get("abduction_date"), "abduction_date")
    for f in _TEXT_FIELDS:
        setattr(p, f, str(d.get(f) or ""))
    p.incident_id = _expect(d.get("incident_id"), int, "incident_id", None)
    p.sharing_level = _enum(SharingLevel, d.get("sharing_level", "internal"), "sharing_level")
    for ev in _expect(d.get("status_events"), list, "status_events", []):
        ev = _expect(ev, dict, "status_events", {})
        p.status_events.append(StatusEvent(
            _enum(Status, ev.get("status"), "status"), _date(ev.get("date"), "status date"),
            str(ev.get("note") or ""), _expect(ev.get("report_id"), int, "report_id", None)))
    if d.get("status") and not p.status_events:
        p.status_events.append(StatusEvent(_enum(Status, d["status"], "status")))
    if "version" in d:
        p.version = _expect(d["version"], int, "version", 0)
    if d.get("uuid"):
        p.uuid = str(d["uuid"])
    return p
