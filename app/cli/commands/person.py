"""Person commands: add, show, list, edit, status, delete."""

from __future__ import annotations

import argparse
import copy
import json
import shlex
import sys
from datetime import date
from pathlib import Path

from app.backup_drive import moved_aside
from app.cli.commands.records_cmds import DEATH_STAYS
from app.cli.confirm import confirm_deletion, confirm_erasing
from app.cli.filters import (
    add_person_filters,
    age_said,
    exact_village,
    filter_fields,
    seen_said,
    villages_line,
    villages_taken,
)
from app.cli.json_asked import JsonOrFile
from app.cli.named import known_as_said
from app.cli.options import DATE, fuzzy_date, positive_int, sex_word, status_word
from app.cli.person_records import report_text, rescue_detail, rescue_line
from app.cli.search_said import unrecorded_count_line
from app.cli.similar import similar_lines
from app.domain.errors import InputFileError, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import (
    STEP_BACK,
    NamePart,
    NameText,
    Person,
    Sex,
    SharingLevel,
    Status,
    StatusEvent,
    event_middle,
    known_range,
    names_shown,
    person_names_shown,
    placed_by_middle,
)
from app.domain.script import both_scripts, is_arabic_script
from app.importing.list_wide import WHOLE_LIST_NOTE
from app.importing.pieces import SEX_WORDS
from app.importing.sex_said import with_sex_read
from app.names_erased import spellings_erased
from app.person_json import date_to_dict, person_from_dict, person_to_dict, refuse_unknown_keys
from app.persons import normalise_case_no, told_on
from app.replaced_said import KEPT_HOLDS_HER, replaced_lines
from app.report_list import proved_false_dict, proved_false_said
from app.reports.labels import sex_label
from app.reports.while_held import pronouns
from app.sharing_many import (
    audiences_lost,
    levels_changed,
    set_sharing_many,
    widened_many,
    widens,
)
from db.repositories.persons import PersonFilter
from db.repositories.search import SearchFilter

_NAME_OPTS = [(p, f"--{p.value}") for p in NamePart]
_TEXT_OPTS = {"village": "origin_village", "district": "origin_district",
              "governorate": "origin_governorate", "abduction_place": "abduction_place",
              "circumstances": "abduction_circumstances", "location": "last_known_location",
              "held_by": "held_by", "notes": "notes"}


def _person_fields(p) -> None:
    for part, flag in _NAME_OPTS:
        p.add_argument(flag, action="append", metavar="TEXT",
                       help=f"{part.value} name; repeat to give Arabic script and Latin spelling")
    p.add_argument("--alias", action="append", metavar="TEXT", help="another spelling (repeatable)")
    p.add_argument("--sex", type=sex_word, help="F, M or U")
    p.add_argument("--born", metavar=DATE,
                   help="birth: 1998, about 1998, 03/08/1998 ..., or an age: 'age 12 in "
                        "2014', 'age 12', 'عمر 12 في 2014', 'age 20-25, year not given' (a "
                        "bare '12' is refused: her age or a year?)")
    p.add_argument("--abducted", metavar=DATE, help="abduction date")
    for opt in _TEXT_OPTS:
        p.add_argument(f"--{opt.replace('_', '-')}", dest=opt, metavar="TEXT")
    p.add_argument("--sharing", choices=[s.value for s in SharingLevel])
    p.add_argument("--incident", type=int, metavar="ID",
                   help="the abduction incident (see `casekeeper incident`); 0 to unlink")


def register(sub, common) -> None:
    p = sub.add_parser("person", parents=[common], help="add, show, list and edit persons")
    ps = p.add_subparsers(dest="person_command", metavar="SUBCOMMAND")

    # Not the common parent: here --json may also name a file to read the person from.
    a = ps.add_parser("add", help="add a person")
    a.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help="vault folder")
    a.add_argument("--json", action=JsonOrFile, nargs="?", const=True, dest="json_in", metavar="FILE",
                   help="alone: machine-readable output; with FILE: read the person from that "
                        "JSON file (the shape `person show --json` prints)")
    _person_fields(a)
    a.add_argument("--status", type=status_word, choices=[s.value for s in Status],
                   help="initial status")
    a.add_argument("--status-date", metavar=DATE)
    a.add_argument("--from-json", "--json-file", dest="json_file", metavar="FILE",
                   help="read the person from a JSON file (same as --json FILE)")
    a.set_defaults(run=cmd_add)

    s = ps.add_parser("show", parents=[common], help="show one person")
    s.add_argument("case_no")
    s.set_defaults(run=cmd_show)

    sw = ps.add_parser("status-withdraw", parents=[common],
                       help="take back a status that was wrong (a death reported in error, a "
                            "sighting filed under the wrong woman); the audit trail keeps it")
    sw.add_argument("case_no")
    sw.add_argument("status", type=status_word, choices=[s.value for s in Status])
    # not a DATE option: it names one of her statuses by its date, and reads nothing new
    sw.add_argument("--date", dest="when", metavar="WHEN",
                    help="which one, when she has two of that status: its date, in any form "
                         "a date is typed in; one told without a date as `person show` shows "
                         "it ('≤ DAY')")
    sw.add_argument("--reason", default="")
    sw.set_defaults(run=cmd_status_withdraw)

    ls = ps.add_parser("list", parents=[common],
                       help="list persons, by the filters search takes (no name needed)")
    add_person_filters(ls)
    ls.add_argument("--limit", type=positive_int)
    ls.add_argument("--sort", choices=["case_no", "name", "status", "village"],
                    default="case_no")
    ls.set_defaults(run=cmd_list)

    e = ps.add_parser("edit", parents=[common], help="change fields of a person")
    e.add_argument("case_no")
    _person_fields(e)
    e.add_argument("--remove-alias", action="append", metavar="TEXT",
                   help="drop a spelling from the aliases (repeatable)")
    e.add_argument("--yes", action="store_true",
                   help="erase a name given as empty (--given \"\") without being asked (in a "
                        "terminal, the case number is otherwise typed back; elsewhere nothing "
                        "is changed without it)")
    e.set_defaults(run=cmd_edit)

    st = ps.add_parser("status", parents=[common], help="add a status event")
    st.add_argument("case_no")
    st.add_argument("status", type=status_word, choices=[s.value for s in Status])
    st.add_argument("--date", metavar=DATE)
    st.add_argument("--note", default="",
                    help="kept in the vault and printed on the team's own (internal) "
                         "papers only: court and family papers say only that notes are "
                         "kept, public papers print no status history")
    st.add_argument("--report", type=int, metavar="ID",
                    help="the report this status rests on (one about her)")
    st.set_defaults(run=cmd_status)

    # Many at once, as the lawyer decides them: by case numbers (a family's persons, a court's
    # case), or by the filters `person list` takes, so that `person list` with the same
    # filters shows first whom it will change. Each person's change is its own audit entry.
    sh = ps.add_parser("sharing", parents=[common],
                       help="set who may receive the records of many persons at once: by case "
                            "numbers, or by the filters `person list` takes")
    sh.add_argument("level", choices=[x.value for x in SharingLevel],
                    help="internal < ngo < court < family < public: a document for a court, a "
                         "family or the public includes only persons whose level reaches it")
    sh.add_argument("case_nos", nargs="*", metavar="CASE_NO")
    add_person_filters(sh)
    sh.add_argument("--dry-run", action="store_true",
                    help="say whom it would change and how, and change nothing")
    sh.add_argument("--yes", action="store_true",
                    help="widen the records the filters chose without being asked")
    sh.set_defaults(run=cmd_sharing)

    d = ps.add_parser("delete", parents=[common], help="delete a person (recorded in the audit)")
    d.add_argument("case_no")
    d.add_argument("--reason", default="")
    d.add_argument("--with-merged", action="store_true",
                   help="also delete the records merged into it (without this, a person with "
                        "records merged into it is not deleted)")
    d.add_argument("--yes", action="store_true",
                   help="delete without being asked (in a terminal, the case number is "
                        "otherwise typed back; elsewhere nothing is deleted without it)")
    d.set_defaults(run=cmd_delete)



def apply_options(person: Person, args) -> None:
    for part, flag in _NAME_OPTS:
        values = getattr(args, part.value) or []
        if not values:
            continue
        # Start from what is stored: on edit, `--given Xelil` changes the Latin spelling and
        # keeps the Arabic original.
        old = person.names.get(part, NameText())
        text = NameText(old.original, old.latin)
        given: set[str] = set()
        for v in values:
            if both_scripts(v):
                # stored whole as the Latin spelling, the record met no Arabic spelling of her
                # name and no duplicate check found her
                raise ValidationError(
                    f"{flag} {v.strip()!r} holds Arabic script and Latin letters: give each "
                    f"spelling on its own ({flag} SPELLING twice, one in each script)")
            slot = "original" if is_arabic_script(v) else "latin"
            if slot in given:
                raise ValidationError(f"{flag} was given twice in the same script; "
                                      "use --alias for other spellings")
            given.add(slot)
            setattr(text, slot, v.strip())
        person.names[part] = text
    if args.alias:
        person.aliases += [a.strip() for a in args.alias
                           if a.strip() and a.strip() not in person.aliases]
    for gone in getattr(args, "remove_alias", None) or []:
        if gone.strip() not in person.aliases:
            raise ValidationError(f"--remove-alias: {person.case_no} has no such alias")
        person.aliases.remove(gone.strip())
    if args.sex:
        person.sex = Sex(args.sex)
    if args.born:
        person.birth = fuzzy_date(args.born, "--born", birth=True)
    if args.abducted:
        person.abduction_date = fuzzy_date(args.abducted, "--abducted")
    for opt, field in _TEXT_OPTS.items():
        if getattr(args, opt) is not None:
            setattr(person, field, getattr(args, opt).strip())
    if args.sharing:
        person.sharing_level = SharingLevel(args.sharing)
    if args.incident is not None:
        person.incident_id = args.incident or None


def _read_json(path: str) -> Person:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        from app.importing.reader import not_there  # the reader's modules only when needed
        raise InputFileError(not_there(path)) from None  # the folder looked in, as import says
    except OSError as e:
        raise InputFileError(f"{path}: {e.strerror}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputFileError(f"{path}: not valid UTF-8 JSON ({e})") from None
    refuse_unknown_keys(data, path)
    return person_from_dict(data)


def cmd_add(args, ctx) -> int:
    if args.json_in is True:  # a bare --json after `add` asks for JSON output, as elsewhere
        ctx.out.json_mode = True
    source = args.json_in if isinstance(args.json_in, str) else args.json_file
    person = _read_json(source) if source else Person()
    from_file = copy.deepcopy(person) if source else None  # checked: only what is typed
    apply_options(person, args)
    told = []
    if args.status:
        told.append(StatusEvent(Status(args.status), fuzzy_date(args.status_date,
                                                                "--status-date")))
    elif len(person.status_events) == 1:
        told = person.status_events[:]  # a file's one status ("status": "rescued")
        person.status_events = []
    # A status told now with no date is known by today, as `person status` has it. An undated
    # event in a file's whole history keeps its place by its step in her case instead: dated
    # today it would overtake the history's later, dated events.
    for event in told:
        told_on(event, date.today())
    person.status_events.extend(told)
    session = ctx.open_session()
    person.origin_village = session.persons.village_kept(person.origin_village)
    # a file's whole record (one exported from a vault) keeps what it holds, as a list does;
    # what is typed beside it is checked
    person = session.persons.create(person, detail={"via": "cli"}, by_hand=True,
                                    given=from_file)
    # Never refused (a sister, a script adding a list): saved, then said to be perhaps known,
    # as the desktop's New person form asks before saving.
    similar = session.matching.similar_to(person)
    found = [{**c.to_dict(), "why": c.score.summary()} for c in similar]
    ctx.out.emit({**person_to_dict(person), "similar": found}, person.case_no)
    for line in similar_lines(person.case_no, similar):
        ctx.out.note(line)
    return 0


def cmd_show(args, ctx) -> int:
    session = ctx.open_session()
    person = session.persons.get(args.case_no)
    around = records_around(session, person)
    data = person_to_dict(person)
    for event, source in zip(data["status_events"], around["status_sources"], strict=True):
        event["from_case_no"] = source
    data.update({k: v for k, v in around.items() if k != "status_sources"})
    data["provenance"] = with_sex_read(session.records, session.records.provenance_for(person.id))
    merged = session.matching.merged_records(person.case_no)
    data["merged_records"] = [
        {"case_no": m.person.case_no, "name_original": m.person.full_name("original"),
         "name_latin": m.person.full_name("latin"),
         "current_status": m.person.current_status.value,
         "merged_into_case_no": m.into_case_no, "merged_at": m.merged_at,
         "provenance": with_sex_read(session.records, session.records.provenance_for(m.person.id))}
        for m in merged]
    # the text names them as every list does (--json keeps the names as stored)
    shown = {m.person.case_no: person_names_shown(m.person) for m in merged}
    apart = session.matching.decisions_about(person.case_no)
    data["not_same"] = [{**d.to_dict(), "a_merged_into": d.a_in, "b_merged_into": d.b_in}
                        for d in apart]
    from app.importing.service import ImportService
    data["list_conflicts"] = ImportService(session).conflicts_about(
        [person.case_no, *(m["case_no"] for m in data["merged_records"])])
    ctx.out.emit(data, "\n".join([format_person(person, around),
                                  *_provenance_lines(data["provenance"]),
                                  *_merged_lines(person.case_no, data["merged_records"], shown),
                                  *(f"  not same    {d.describe()}" for d in apart),
                                  *_conflict_lines(person.case_no, data["list_conflicts"])]))
    return 0


def _conflict_lines(case_no: str, conflicts: list[dict]) -> list[str]:
    """What lists said that the vault did not take: for the lawyer to settle by hand. The
    field in words ('village', "father's name (Latin letters)"); --json keeps its key."""
    from app.importing.report import field_word, list_said, vault_said

    return [f"  list said   {field_word(c['field'])} {list_said(c)} (vault "
            f"{'kept' if c.get('settled_in_vault') else 'keeps'} "
            f"{vault_said(c)}): batch {c['batch']} ({c['file']}), row {c['row']}"
            + (f", of {c['case_no']}, since merged here" if c["case_no"] != case_no else "")
            + _superseded(c) for c in conflicts]


def _superseded(c: dict) -> str:
    """A conflict a later version of its list no longer makes (app/importing/superseded.py):
    kept in her history, said settled."""
    by = c.get("superseded_by")
    if c.get("settled_in_vault"):  # settled_in_vault.py
        return "; settled: the vault holds the list's value now"
    return (f"; settled: batch {by['batch']} ({by['file']}), a later version of the list, no "
            "longer says it") if by else ""


def _provenance_lines(entries: list[dict], indent: str = "") -> list[str]:
    """Every list and row the person came from, with the values exactly as that row held them."""
    lines = []
    for e in entries:
        where = f"{e['file_name']}" + (f", sheet {e['sheet']!r}" if e["sheet"] else "")
        lines.append(f"{indent}  from list   batch {e['batch_id']}: {where}, row {e['row_number']}"
                     + (f", source {e['list_source']!r}" if e["list_source"] else "")
                     + f", SHA-256 {e['file_sha256'][:16]}..., {e['recorded_at']}")
        raw = json.loads(e["raw_json"])
        read = e.get("sex_read", {})
        lines.append(f"{indent}               "
                     + " | ".join(f"{k}: {v}" + (f" (read as {SEX_WORDS[read[k]]})" if k in read
                                                 else "") for k, v in raw.items() if v))
    return lines


def _merged_lines(case_no: str, merged: list[dict], shown: dict[str, tuple[str, str]]
                  ) -> list[str]:
    """The records merged into this one (other lists' records of her), each with its lists, and
    its names as shown (person_names_shown, by case number)."""
    lines = []
    for m in merged:
        name = " / ".join(n for n in shown[m["case_no"]] if n) or "(no name)"
        via = "" if m["merged_into_case_no"] == case_no else f" (via {m['merged_into_case_no']})"
        lines.append(f"  merged here {m['case_no']}{via}  {name}  [{m['current_status']}]  "
                     f"merged {m['merged_at']}")
        lines += _provenance_lines(m["provenance"], "    ") or ["      from no list "
                                                                "(entered by hand)"]
    return lines


def records_around(session, person: Person) -> dict:
    """Incident, relatives, contacts, photos, reports and rescues of one person, JSON-ready:
    hers and those of the records merged into hers, each of those with from_case_no."""
    r = session.records
    links = r.relatives_with_merged(person)
    case_of = {p.id: p.case_no
               for p in session.persons.get_many([lk.relative_id for lk, _ in links])}
    incident = r.incident(person.incident_id) if person.incident_id else None
    survivor = (session.persons.get_by_id(person.merged_into).case_no
                if person.merged_into is not None else None)
    rescues = r.rescues_with_merged(person)
    return {
        "merged_into_case_no": survivor,
        "status_sources": session.matching.status_sources(person),
        "incident": None if incident is None else {
            "id": incident.id, "date": date_to_dict(incident.date), "place": incident.place,
            "description": incident.description},
        "relatives": [{"relation": lk.relation.value, "case_no": case_of.get(lk.relative_id, ""),
                       "note": lk.note, "from_case_no": came}
                      for lk, came in links],
        "family_contacts": [{"id": c.id, "name": c.name, "phone": c.phone,
                             "relation": c.relation, "from_case_no": came,
                             # read from a list's phone column: that list's row
                             **({} if c.batch_id is None else {"from_list": {
                                 "batch": c.batch_id, "file": c.list_file,
                                 "sheet": c.list_sheet, "row": c.row_number}})}
                            for c, came in r.contacts_with_merged(person)],
        "photos": [{"id": ph.id, "mime": ph.mime, "caption": ph.caption, "bytes": len(ph.data),
                    "from_case_no": came} for ph, came in r.photos_with_merged(person)],
        "reports": [{"id": rep.id, "received": date_to_dict(rep.received), "place": rep.place,
                     "source_code": rep.source_code, "credibility": rep.credibility,
                     "could_identify_source": rep.could_identify_source,
                     "text": rep.text, "from_case_no": came,
                     "proved_false": proved_false_dict(rep)}
                    for rep, came in r.reports_with_merged(person)],
        "rescues": [op.id for op, _ in rescues],
        # for each rescue above, the record merged into hers it was recorded under (None: hers)
        "rescues_from_case_no": [came for _, came in rescues],
        # and what each was: a bare number said nothing of when, where or whether it freed her
        "rescue_details": [rescue_detail(op, came) for op, came in rescues],
    }


def _when(d: FuzzyDate) -> str:
    """The date as understood, and the words it was given in when they say more."""
    shown = d.display()
    return f"{shown} (as typed: {d.text})" if d.text and d.text != shown and shown else shown


def format_person(p: Person, around: dict | None = None) -> str:
    around = around or {}
    lines = [f"{p.case_no}  [{p.current_status.value}]" + ("  SYNTHETIC" if p.synthetic else "")]
    if around.get("merged_into_case_no"):
        lines.append(f"  MERGED into {around['merged_into_case_no']}: this record is kept for "
                     "its history; `casekeeper split` brings it back")
    for part in NamePart:
        t = p.names.get(part)
        if t and not t.is_blank:
            lines.append(f"  {part.value:<12} {t.original:<24} {t.latin}")
        elif part is NamePart.GIVEN and p.given_unknown:
            # said, not left out: her father's name on the first line reads as hers
            lines.append(f"  {part.value:<12} (unknown)")
    if p.aliases:
        lines.append(f"  {'aliases':<12} {' | '.join(p.aliases)}")
    lines.append(f"  {'sex':<12} {p.sex.value}")
    inc = around.get("incident")
    for label, value in (("born", _when(p.birth)), ("village", p.origin_village),
                         ("district", p.origin_district), ("governorate", p.origin_governorate),
                         ("abducted", _when(p.abduction_date)), ("abducted at", p.abduction_place),
                         ("circumstances", p.abduction_circumstances),
                         ("incident", inc and f"{inc['id']}  {inc['place']}  "
                                              f"{inc['date']['text'] or ''}".rstrip()),
                         ("location", p.last_known_location), ("held by", p.held_by),
                         ("sharing", p.sharing_level.value), ("notes", p.notes)):
        if value:
            lines.append(f"  {label:<12} {value}")
    sources = around.get("status_sources") or [None] * len(p.status_events)
    source_of = {id(ev): source for ev, source in zip(p.status_events, sources, strict=True)}
    # In the order of her story, as the dossier prints them (Person.timeline).
    for ev, source in ((ev, source_of[id(ev)]) for ev in p.timeline()):
        note = f"«{sex_label('whole_list_note', 'en', p.sex.value)}»" \
            if ev.note == WHOLE_LIST_NOTE else ev.note  # stored as "her row", shown by sex
        lines.append(f"  status       {_when(ev.date) or '(undated)':<12} {ev.status.value}"
                     + (f"  {note}" if note else "")
                     + (f"  [report {ev.report_id}]" if ev.report_id else "")
                     + (f"  [rescue {ev.rescue_id}]" if ev.rescue_id else "")
                     + (f"  [from {source}]" if source else ""))
    for rel in around.get("relatives", []):
        lines.append(f"  relative     {rel['relation']}: {rel['case_no']}"
                     + (f"  {rel['note']}" if rel["note"] else "") + _came(rel))
    for c in around.get("family_contacts", []):
        # a list gives a number without always saying whose it is
        lines.append(f"  contact      {c['id']}  {c['name'] or '(no name given)'}  {c['phone']}"
                     f"  {c['relation']}".rstrip() + _came(c) + _from_list(c.get("from_list")))
    for ph in around.get("photos", []):
        lines.append(f"  photo        {ph['id']}  {ph['mime']}  {ph['bytes']} bytes  {ph['caption']}"
                     .rstrip() + _came(ph))
    for rep in around.get("reports", []):
        lines.append(f"  report       {rep['id']}  source {rep['source_code'] or '-'}  "
                     f"{report_text(rep)}"
                     + ("  [could identify its source: withheld outside the team]"
                        if rep["could_identify_source"] else "")
                     + (f"  [{proved_false_said(rep['proved_false'])}]"
                        if rep.get("proved_false") else "")
                     + _came(rep))
    lines += [rescue_line(d) for d in around.get("rescue_details", [])]
    lines.append(f"  version {p.version}, updated {p.updated_at}")
    return "\n".join(lines)


def _from_list(source: dict | None) -> str:
    """'  [from list kocho.csv, row 7 (batch 3)]' for a contact read from a list."""
    if not source:
        return ""
    sheet = f", sheet {source['sheet']!r}" if source["sheet"] else ""
    return f"  [from list {source['file']}{sheet}, row {source['row']} (batch {source['batch']})]"


def _came(entry: dict) -> str:
    """The mark of a record that came with a record merged into hers, as her statuses have."""
    return f"  [from {entry['from_case_no']}]" if entry.get("from_case_no") else ""


def cmd_list(args, ctx) -> int:
    fields = filter_fields(args)
    session = ctx.open_session()
    rows = session.persons.list(PersonFilter(**fields), limit=args.limit, order=args.sort)
    # A record with no abduction date is not one taken at another time: said, as `search`
    # says it, after the list (beside the JSON, its shape kept).
    left_out = unrecorded_count_line(*session.search.unrecorded_count(SearchFilter(**fields)),
                                     args)
    cut = _cut_line(session, PersonFilter(**fields), len(rows), args.limit)
    # read loosely (Hardann takes Hardan), and said: the list must not pass for Hardann's
    taken = villages_line(args.village, *villages_taken(session, args.village))
    if ctx.out.json_mode:
        ctx.out.emit([{"case_no": r.case_no, "name_original": r.name_original,
                       "name_latin": r.name_latin, "given_unknown": r.given_unknown,
                       "known_as_only": r.known_as_only,
                       "sex": r.sex, "village": r.origin_village,
                       "status": r.current_status} for r in rows])
        for line in (taken, cut, left_out):
            if line:
                ctx.out.note(line)
    else:
        # "مراد الياس مندكاني" with no given name reads as a man named Murad: marked; and
        # "الياس" where her given name is in Latin letters only, as a man named Elias: led by it
        lines = [f"{r.case_no}\t{r.current_status}\t{r.sex}\t{r.origin_village}\t"
                 + "\t".join(_list_names(r)) for r in rows] or ["(no persons)"]
        age = age_said(args)  # which age was meant: today's or when she was taken
        lines += [line for line in (cut, left_out) if line]
        ctx.out.emit(None, "\n".join([x for x in (age, seen_said(args), taken) if x] + lines))
    return 0


def _list_names(r) -> tuple[str, ...]:
    """A listed row's two name columns: where no part of her name is known, what she is known
    as marked so ("known as أم خليل", as `duplicates` says it): bare, a kunya reads as her
    given name."""
    if not r.known_as_only:
        return names_shown(r)
    return tuple(known_as_said(n) if n else "" for n in (r.name_original, r.name_latin))


def _cut_line(session, f: PersonFilter, shown: int, limit: int | None) -> str:
    """"20 of 4,213 records shown; without --limit all are": a list cut at --limit says so,
    as search does; "" when nothing was left out."""
    if not limit or shown < limit:
        return ""
    total = session.persons.count(f)
    return f"{shown:,} of {total:,} records shown; without --limit all are" if total > shown \
        else ""


# a name part as the question before erasing it names it ("given name 'Nesrîn'")
_PART_SAID = {NamePart.GIVEN: "given name", NamePart.FATHER: "father's name",
              NamePart.GRANDFATHER: "grandfather's name", NamePart.FAMILY: "family name",
              NamePart.MOTHER: "mother's name", NamePart.NICKNAME: "nickname"}


def cmd_edit(args, ctx) -> int:
    session = ctx.open_session()
    person = session.persons.get(args.case_no)
    village = person.origin_village
    before = copy.deepcopy(person)
    apply_options(person, args)
    confirm_erasing(person.case_no, [f"{_PART_SAID[part]} {was!r}" for part, was
                                     in spellings_erased(before, person)], args.yes)
    if person.origin_village != village:  # a village typed now, kept as New person keeps it
        person.origin_village = session.persons.village_kept(person.origin_village)
    person = session.persons.update(person, detail={"via": "cli"}, by_hand=True)
    ctx.out.emit(person_to_dict(person), f"{person.case_no} saved (version {person.version})")
    return 0


def cmd_status_withdraw(args, ctx) -> int:
    person, event = ctx.open_session().persons.withdraw_status(
        args.case_no, Status(args.status), _which_date(args.when), args.reason)
    when = event.date.display()
    now = person.current_status.value if person.status_events else "without a status"
    ctx.out.emit({**person_to_dict(person), "withdrawn": {"status": event.status.value,
                                                          "date": event.date.text or when}},
                 f"{person.case_no}: {event.status.value}{f' ({when})' if when else ''} "
                 f"withdrawn; she is now {now}")
    return 0


def _which_date(typed: str | None):
    """The date of the status meant: typed as any date is, or as `person show` shows one told
    without a date ("≤ 2026-12-06", also "<= 2026-12-06"), which no date typed reads as."""
    if typed is None:
        return None
    bare = typed.strip()
    for mark in ("≤", "<="):
        if bare.startswith(mark):
            return f"≤ {bare[len(mark):].strip()}"
    return fuzzy_date(typed, "--date")


def _placed_said(person, args, dated, taken) -> str:
    """Why the status told is history, only as far as it is true: one on days that may come
    before or after hers (a report of 15 June observed "06/2025" after a rescue of 10 June),
    counted at a middle before hers, its days said cut short only where they were; else the
    neutral words (one shown before hers by its dates, or a step back her dates hold)."""
    added, now = person.status_events[-1], person.current_event
    report = (f" (dated {dated}, when report {args.report} was observed)"
              if taken is not None else "")
    _is, _obj, poss = pronouns(person.sex.value)
    if now is None or not placed_by_middle(added, now):
        return f", a status later or further along {poss} case{report}"
    seen = known_range(added)
    days = f"{seen.earliest} to {seen.latest}" if seen.earliest else f"up to {seen.latest}"
    if seen != added.date:  # cut short: nothing is seen after it was known
        came = (f"report {args.report} came in" if added.report_id is not None
                else "it was told")
        days = f"no later than {came}, {days}"
    return (f" ({now.date.text or now.date.display()}){report}: its days, {days}, may come "
            f"before or after it and count at their middle, {event_middle(added)}, before its "
            f"{event_middle(now)}; if it came after, tell it again with its day (--date)")


def cmd_status(args, ctx) -> int:
    person, taken = ctx.open_session().records.add_status(
        args.case_no, StatusEvent(Status(args.status), fuzzy_date(args.date, "--date"), args.note,
                                  args.report))
    text = f"{person.case_no} is now {person.current_status.value}"
    is_, _obj, poss = pronouns(person.sex.value)  # a boy's history was "her history"
    if taken is not None:  # no --date: when she was seen, not the day it was typed
        text += (f" (dated {taken.text or taken.display()}, when report {args.report} was "
                 f"observed; give --date if it happened on another day)")
    dated = args.date or (taken.text or taken.display() if taken is not None else None)
    if person.current_status.value != args.status and dated is None \
            and person.current_choice()[1] == STEP_BACK:
        # Told without a date after a dated status further along her case: kept as history,
        # which the lawyer must not take for a status that was not recorded.
        text += (f" ({args.status!r} was recorded in {poss} history: told with no date after "
                 f"{person.current_status.value!r}, it is a step back along {poss} case that no "
                 f"date puts after it; give --date when it happened to make it "
                 f"{ {'her': 'hers', 'his': 'his'}.get(poss, 'theirs') })")
    elif person.current_status != Status(args.status):
        # dated before the status she has (located 2015 after sighted 2019): "is now sighted"
        # alone read as if located had not been recorded, "is now deceased (dated 12/2026 ...)"
        # as her death of that month. The desktop's words.
        text = (f"{person.case_no}: {args.status!r} was recorded in {poss} history; {is_} still "
                f"{person.current_status.value!r}" + _placed_said(person, args, dated, taken))
        if person.current_status == Status.DECEASED:
            text += DEATH_STAYS.format(case_no=person.case_no)
    data = person_to_dict(person)
    if taken is not None:
        data["date_from_report"] = dated
    if (death := person.death_before(Status(args.status), taken or fuzzy_date(args.date, "--date"))):
        # alive after her death: one of the two is wrong, and the papers would print both
        died = death.date.text or death.date.display()
        data["death_before"] = {"date": died}
        after = ", before this" if dated else ""  # told without a date: not said to be
        this = f" --date {shlex.quote(dated)}" if dated else ""
        text += (f"\n  her death is recorded on {died}{after}: if the death was reported "
                 f"in error, withdraw it (casekeeper person status-withdraw {person.case_no} "
                 f"deceased --date {shlex.quote(died)} --reason ...); if this is wrong, withdraw this "
                 f"(casekeeper person status-withdraw {person.case_no} {args.status}{this} "
                 f"--reason ...)")
    added = person.status_events[-1]
    if (freed := person.freed_before(added)) is not None:
        # free, and held again by one report: a wrong one must not stand unsaid
        data["held_again"] = {"was": freed.status.value,
                              "date": freed.date.text or freed.date.display()}
        this = f" --date {shlex.quote(dated)}" if dated else ""
        wrong = "the report is" if args.report is not None else "this is"  # none given
        text += (f"\n  {_freed_said(freed)}; this makes her held again; if {wrong} "
                 f"wrong, withdraw it (casekeeper person status-withdraw {person.case_no} "
                 f"{args.status}{this} --reason ...)")
    if (death := person.death_already(added)) is not None:
        # a second death: she was dead already, and her papers would list both
        died = death.date.text or death.date.display() or "no date"
        data["death_already"] = {"date": died}
        this = f"death of {dated}" if dated else "death told without a date"
        text += (f"\n  she was already recorded deceased since {died}: this {this} is kept in "
                 f"her history "
                 f"beside it, a second record of her death, and her papers list both; if one "
                 f"of them is wrong, withdraw it (casekeeper person status-withdraw "
                 f"{person.case_no} deceased --date DATE --reason ...)")
    ctx.out.emit(data, text)
    return 0


def _freed_said(freed: StatusEvent) -> str:
    """Her rescue or reunion in words, with its date: "she was rescued on 2017-06-10"."""
    when = freed.date.text or freed.date.display()
    what = ("she was reunited with her family" if freed.status == Status.REUNITED
            else "she was rescued")
    return f"{what} on {when}" if when else what


def cmd_delete(args, ctx) -> int:
    case_no = normalise_case_no(args.case_no)
    session = ctx.open_session()
    person = session.persons.deletable(case_no)
    behind = session.persons.merged_under(case_no)
    if behind and person.merged_into is None and not args.with_merged:
        direct = session.matching.merged_into(case_no)
        many = len(behind) > 1
        raise ValidationError(
            f"{case_no} has {', '.join(behind)} merged into it, and deleting it would delete "
            f"{'them' if many else 'it'} too: add --with-merged to delete "
            f"{'them all' if many else 'both'}, or to keep {'them' if many else 'it'} split "
            f"first ({'; '.join(f'casekeeper split {c}' for c in direct)})")
    attached = session.persons.attached(case_no)
    # said, and kept in the audit entry: what named her goes on without her
    lost = [f"{kind} {', '.join(map(str, ids))} no longer name{'s' if len(ids) == 1 else ''} "
            f"{case_no}" for kind, ids in (("rescue", attached["rescues"]),
                                            ("report", attached["reports"])) if ids]
    if attached["relatives"]:
        lost.append(f"its links to {', '.join(attached['relatives'])} are removed")
    if rows := attached.get("waiting_rows"):
        # they may be hers: they go with her, and the list imported again decides them
        lost.append("rows of lists waiting for a decision about her go with her, their "
                    "values erased: " + ", ".join(f"batch {b} row {n}" for b, n in rows)
                    + " (to decide them, import the list again)")
    shown = next((n for n in person_names_shown(person) if n), "")
    confirm_deletion(case_no, f"{case_no} ({shown or 'no name'})",
                     [*(f"  with {c} merged into it" for c in behind if args.with_merged),
                      *(f"  {x}" for x in lost)], args.yes)
    merged = session.persons.delete(case_no, args.reason)
    with_merged = f", with {', '.join(merged)} merged into it" if merged else ""
    kept = moved_aside(ctx.vault_dir)
    ctx.out.emit({"deleted": case_no, "merged_deleted": merged,
                  **{k: v for k, v in attached.items() if v},
                  **({"replaced_by_restore": [str(p) for p in kept]} if kept else {})},
                 "\n".join([f"{case_no} deleted{with_merged}", *(f"  {x}" for x in lost),
                            # the vault no longer holds her; a copy made before still does
                            "  backups made before now still hold her record: make a new "
                            "backup (casekeeper backup) and destroy the older ones",
                            *(f"  {x}" for x in replaced_lines(ctx.vault_dir, KEPT_HOLDS_HER))]))
    return 0


def _confirm_widening(level: SharingLevel, widened: list[str]) -> None:
    """A level that lets records chosen by filters go further (to an NGO partner, a court, her
    family; a public level prints her name for anyone) is asked for first, as a deletion is: a
    filter slip cannot be taken back from a record already handed out. Case numbers named one
    by one are meant."""
    n = len(widened)
    what = (f"{n} person{'s' if n != 1 else ''} chosen by the filters would be shared more "
            f"widely ({level.value})")
    if not sys.stdin.isatty():
        raise ValidationError(f"nothing changed: {what}; see them with --dry-run, and add --yes "
                              "to go on")
    print("\n".join([f"{what}:", *(f"  {c}" for c in widened[:30]),
                     *([f"  ... and {len(widened) - 30} more"] if len(widened) > 30 else [])]),
          file=sys.stderr)
    try:
        answer = input(f"Type {len(widened)} to go on (anything else changes nothing): ")
    except EOFError:
        answer = ""
    if answer.strip() != str(len(widened)):
        raise ValidationError("nothing changed")


def cmd_sharing(args, ctx) -> int:
    """One sharing level for the persons named and/or chosen by the filters, each saved (and
    audited) as her own edit; those already at that level are left as they are."""
    chosen_by = filter_fields(args)
    filtered = any(v is not None for v in chosen_by.values())
    if not args.case_nos and not filtered:
        # never every record at once by an option forgotten: a public level prints her name
        raise ValidationError("name the persons: give their case numbers, or choose them with "
                              "the filters `person list` takes (--village, --status, ...)")
    session = ctx.open_session()
    case_nos = [normalise_case_no(c) for c in args.case_nos]
    exact, like = villages_taken(session, args.village)
    not_taken = like if exact else ()  # similar villages left out, said beside the result
    left = ([f"  similar villages not taken: {', '.join(not_taken)} (--village with one of "
             "them sets theirs)"] if not_taken else [])
    if filtered:
        chosen_by = exact_village(chosen_by, exact, like)
        chosen = [r.case_no for r in session.persons.list(PersonFilter(**chosen_by))]
        if not chosen and not case_nos:  # a village misspelt: "0 changed" read as done
            ctx.out.emit({"level": args.level, "changed": [], "unchanged": [], "was": {},
                          "narrowed": [], "matched": 0, "villages_not_taken": list(not_taken)},
                         "\n".join(["no person matches the filters: nothing changed (`person "
                                    "list` with the same filters shows whom they choose)", *left]))
            return 0
        case_nos += chosen
    level = SharingLevel(args.level)
    widened = widened_many(session, case_nos, level)
    said = [x for x in (seen_said(args),) if x]  # how --seen-since was read, before whom it chose
    if args.dry_run:
        # the narrowed named too, before anything changes: after the run her family's paper
        # is refused, and the dry run had named only those it widened
        was = levels_changed(session, case_nos, level)
        narrowed = _narrowed(was, level)
        ctx.out.emit({"level": level.value, "chosen": case_nos, "widened": widened,
                      "was": {c: v.value for c, v in was.items()}, "narrowed": sorted(narrowed),
                      "villages_not_taken": list(not_taken)},
                     "\n".join([*said, f"would set sharing level {level.value} on "
                                f"{len(case_nos)} persons; {len(widened)} of them shared more "
                                "widely" + (f", {len(narrowed)} narrowed" if narrowed else "")
                                + " (nothing changed: --dry-run)",
                                *_level_lines(was, narrowed), *left]))
        return 0
    if filtered and widened and not args.yes:
        _confirm_widening(level, widened)
    changed, unchanged, was = set_sharing_many(session, case_nos, level, via="cli")
    narrowed = _narrowed({c: was[c] for c in changed}, level)
    text = [*said, f"sharing level {level.value}: {len(changed)} changed, {len(unchanged)} "
            "already so" + (f", {len(narrowed)} of them narrowed" if narrowed else "")]
    ctx.out.emit({"level": level.value, "changed": changed, "unchanged": unchanged,
                  "was": {c: was[c].value for c in changed}, "narrowed": sorted(narrowed),
                  "villages_not_taken": list(not_taken)},
                 "\n".join(text + _level_lines(was, narrowed) + left))
    return 0


def _narrowed(was: dict[str, SharingLevel], level: SharingLevel) -> dict[str, list[str]]:
    """{case number: the papers no longer made for her} of those whose level `level` narrows,
    by the levels' order as widening is: ngo to internal narrows too, though no paper is lost."""
    return {c: audiences_lost(before, level) for c, before in was.items() if widens(level, before)}


def _level_lines(was: dict[str, SharingLevel], narrowed: dict[str, list[str]]) -> list[str]:
    """A line for each whose level changes (or would), with the level she had: a wider level
    narrowed by a filter that chose her too is said by name, as her family's paper is refused
    from then on, and the lawyer must not learn it at the printer."""
    return [f"  {c} (was {before.value}" + (
        (f": narrowed, no longer for {' or '.join(narrowed[c])} papers)" if narrowed[c]
         else ": narrowed)") if c in narrowed else ")") for c, before in was.items()]
