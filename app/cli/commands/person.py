"""Person commands: add, show, list, edit, status, delete."""

from __future__ import annotations

import json
from pathlib import Path

from app.domain.errors import InputFileError, ValidationError
from app.domain.fuzzydate import EXAMPLES, FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.script import is_arabic_script
from app.person_json import person_from_dict, person_to_dict
from db.repositories.persons import PersonFilter

_NAME_OPTS = [(p, f"--{p.value}") for p in NamePart]
_TEXT_OPTS = {"village": "origin_village", "district": "origin_district",
              "governorate": "origin_governorate", "abduction_place": "abduction_place",
              "circumstances": "abduction_circumstances", "location": "last_known_location",
              "held_by": "held_by", "notes": "notes"}
_SEX_WORDS = {"f": "F", "female": "F", "woman": "F", "girl": "F", "m": "M", "male": "M",
              "man": "M", "boy": "M", "u": "U", "unknown": "U"}


def _person_fields(p) -> None:
    for part, flag in _NAME_OPTS:
        p.add_argument(flag, action="append", metavar="TEXT",
                       help=f"{part.value} name; repeat to give Arabic script and Latin spelling")
    p.add_argument("--alias", action="append", metavar="TEXT", help="another spelling (repeatable)")
    p.add_argument("--sex", help="F, M or U")
    p.add_argument("--born", metavar="DATE", help="birth: 1998, about 1998, 03/08/1998 ...")
    p.add_argument("--abducted", metavar="DATE", help="abduction date")
    for opt in _TEXT_OPTS:
        p.add_argument(f"--{opt.replace('_', '-')}", dest=opt, metavar="TEXT")
    p.add_argument("--sharing", choices=[s.value for s in SharingLevel])


def register(sub, common) -> None:
    p = sub.add_parser("person", parents=[common], help="add, show, list and edit persons")
    ps = p.add_subparsers(dest="person_command", metavar="SUBCOMMAND")

    a = ps.add_parser("add", parents=[common], help="add a person")
    _person_fields(a)
    a.add_argument("--status", choices=[s.value for s in Status], help="initial status")
    a.add_argument("--status-date", metavar="DATE")
    a.add_argument("--from-json", "--json-file", dest="json_file", metavar="FILE",
                   help="read the person from a JSON file instead of options")
    a.set_defaults(run=cmd_add)

    s = ps.add_parser("show", parents=[common], help="show one person")
    s.add_argument("case_no")
    s.set_defaults(run=cmd_show)

    ls = ps.add_parser("list", parents=[common], help="list persons")
    ls.add_argument("--status", choices=[s.value for s in Status])
    ls.add_argument("--village")
    ls.add_argument("--sex", choices=["F", "M", "U"])
    ls.add_argument("--limit", type=int)
    ls.add_argument("--sort", choices=["case_no", "name", "status", "village"],
                    default="case_no")
    ls.set_defaults(run=cmd_list)

    e = ps.add_parser("edit", parents=[common], help="change fields of a person")
    e.add_argument("case_no")
    _person_fields(e)
    e.set_defaults(run=cmd_edit)

    st = ps.add_parser("status", parents=[common], help="add a status event")
    st.add_argument("case_no")
    st.add_argument("status", choices=[s.value for s in Status])
    st.add_argument("--date", metavar="DATE")
    st.add_argument("--note", default="")
    st.set_defaults(run=cmd_status)

    d = ps.add_parser("delete", parents=[common], help="delete a person (recorded in the audit)")
    d.add_argument("case_no")
    d.add_argument("--reason", default="")
    d.set_defaults(run=cmd_delete)


def _date(text: str | None, flag: str) -> FuzzyDate:
    try:
        return FuzzyDate.parse(text)
    except ValueError as e:
        raise ValidationError(f"{flag}: {e} ({EXAMPLES})") from None


def apply_options(person: Person, args) -> None:
    for part, flag in _NAME_OPTS:
        values = getattr(args, part.value) or []
        if not values:
            continue
        text = NameText()
        for v in values:
            slot = "original" if is_arabic_script(v) else "latin"
            if getattr(text, slot):
                raise ValidationError(f"{flag} was given twice in the same script; "
                                      "use --alias for other spellings")
            setattr(text, slot, v.strip())
        person.names[part] = text
    if args.alias:
        person.aliases += [a.strip() for a in args.alias if a.strip()]
    if args.sex:
        sex = _SEX_WORDS.get(args.sex.strip().lower())
        if sex is None:
            raise ValidationError(f"--sex: {args.sex!r} is not F, M or U")
        person.sex = Sex(sex)
    if args.born:
        person.birth = _date(args.born, "--born")
    if args.abducted:
        person.abduction_date = _date(args.abducted, "--abducted")
    for opt, field in _TEXT_OPTS.items():
        if getattr(args, opt) is not None:
            setattr(person, field, getattr(args, opt).strip())
    if args.sharing:
        person.sharing_level = SharingLevel(args.sharing)


def _read_json(path: str) -> Person:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise InputFileError(f"{path}: {e.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputFileError(f"{path}: not valid UTF-8 JSON ({e})") from None
    return person_from_dict(data)


def cmd_add(args, ctx) -> int:
    person = _read_json(args.json_file) if args.json_file else Person()
    apply_options(person, args)
    if args.status:
        person.status_events.append(StatusEvent(Status(args.status),
                                                _date(args.status_date, "--status-date")))
    person = ctx.open_session().persons.create(person, detail={"via": "cli"})
    ctx.out.emit(person_to_dict(person), person.case_no)
    return 0


def cmd_show(args, ctx) -> int:
    session = ctx.open_session()
    person = session.persons.get(args.case_no)
    data = person_to_dict(person)
    data["provenance"] = session.records.provenance_for(person.id)
    ctx.out.emit(data, "\n".join([format_person(person), *_provenance_lines(data["provenance"])]))
    return 0


def _provenance_lines(entries: list[dict]) -> list[str]:
    """Every list and row the person came from, with the values exactly as that row held them."""
    lines = []
    for e in entries:
        where = f"{e['file_name']}" + (f", sheet {e['sheet']!r}" if e["sheet"] else "")
        lines.append(f"  from list   batch {e['batch_id']}: {where}, row {e['row_number']}"
                     + (f", source {e['list_source']!r}" if e["list_source"] else "")
                     + f", SHA-256 {e['file_sha256'][:16]}..., {e['recorded_at']}")
        raw = json.loads(e["raw_json"])
        lines.append("               " + " | ".join(f"{k}: {v}" for k, v in raw.items() if v))
    return lines


def _date_line(d: FuzzyDate) -> str:
    """The date as understood, and as typed when that differs ('1996–2000 (as typed: about 1998)')."""
    shown = d.display()
    return f"{shown} (as typed: {d.text})" if d.text and shown and d.text != shown else shown


def format_person(p: Person) -> str:
    lines = [f"{p.case_no}  [{p.current_status.value}]" + ("  SYNTHETIC" if p.synthetic else "")]
    for part in NamePart:
        t = p.names.get(part)
        if t and not t.is_blank:
            lines.append(f"  {part.value:<12} {t.original:<24} {t.latin}")
    if p.aliases:
        lines.append(f"  {'aliases':<12} {' | '.join(p.aliases)}")
    lines.append(f"  {'sex':<12} {p.sex.value}")
    for label, value in (("born", _date_line(p.birth)), ("village", p.origin_village),
                         ("district", p.origin_district), ("abducted", _date_line(p.abduction_date)),
                         ("abducted at", p.abduction_place), ("location", p.last_known_location),
                         ("sharing", p.sharing_level.value), ("notes", p.notes)):
        if value:
            lines.append(f"  {label:<12} {value}")
    for ev in p.status_events:
        lines.append(f"  status       {ev.date.display() or '(undated)':<12} {ev.status.value}"
                     + (f"  {ev.note}" if ev.note else ""))
    lines.append(f"  version {p.version}, updated {p.updated_at}")
    return "\n".join(lines)


def cmd_list(args, ctx) -> int:
    f = PersonFilter(status=args.status, village=args.village, sex=args.sex)
    rows = ctx.open_session().persons.list(f, limit=args.limit, order=args.sort)
    if ctx.out.json_mode:
        ctx.out.emit([{"case_no": r.case_no, "name_original": r.name_original,
                       "name_latin": r.name_latin, "sex": r.sex, "village": r.origin_village,
                       "status": r.current_status} for r in rows])
    else:
        ctx.out.emit(None, "\n".join(
            f"{r.case_no}\t{r.current_status}\t{r.sex}\t{r.origin_village}\t"
            f"{r.name_original}\t{r.name_latin}" for r in rows) or "(no persons)")
    return 0


def cmd_edit(args, ctx) -> int:
    session = ctx.open_session()
    person = session.persons.get(args.case_no)
    apply_options(person, args)
    person = session.persons.update(person, detail={"via": "cli"})
    ctx.out.emit(person_to_dict(person), f"{person.case_no} saved (version {person.version})")
    return 0


def cmd_status(args, ctx) -> int:
    person = ctx.open_session().persons.add_status(
        args.case_no, StatusEvent(Status(args.status), _date(args.date, "--date"), args.note))
    ctx.out.emit(person_to_dict(person),
                 f"{person.case_no} is now {person.current_status.value}")
    return 0


def cmd_delete(args, ctx) -> int:
    ctx.open_session().persons.delete(args.case_no, args.reason)
    ctx.out.emit({"deleted": args.case_no.upper()}, f"{args.case_no.upper()} deleted")
    return 0
