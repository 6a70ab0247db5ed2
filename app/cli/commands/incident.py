"""Incident commands: an abduction in which many people were taken together, and who was taken."""

from __future__ import annotations

from app.cli.options import DATE, fuzzy_date
from app.domain.person import Person, person_names_shown
from app.domain.records import Incident
from app.person_json import date_to_dict


def register(sub, common) -> None:
    p = sub.add_parser("incident", parents=[common],
                       help="abduction incidents (many people taken together)")
    ps = p.add_subparsers(dest="incident_command", metavar="SUBCOMMAND")
    a = ps.add_parser("add", parents=[common], help="record an incident; link persons with "
                                                      "`person edit CASE_NO --incident ID`")
    a.add_argument("--date", metavar=DATE, help="e.g. 03/08/2014 or 'August 2014'")
    a.add_argument("--place", default="")
    a.add_argument("--description", default="")
    a.set_defaults(run=cmd_add)
    ls = ps.add_parser("list", parents=[common], help="list incidents")
    ls.set_defaults(run=cmd_list)
    s = ps.add_parser("show", parents=[common], help="an incident and the persons taken in it")
    s.add_argument("incident_id", type=int)
    s.set_defaults(run=cmd_show)


def _data(i: Incident) -> dict:
    return {"id": i.id, "date": date_to_dict(i.date), "place": i.place,
            "description": i.description}


def cmd_add(args, ctx) -> int:
    incident = Incident(fuzzy_date(args.date, "--date"), args.place.strip(), args.description.strip())
    iid = ctx.open_session().records.add_incident(incident)
    ctx.out.emit({"incident_id": iid}, f"incident {iid} recorded")
    return 0


def cmd_list(args, ctx) -> int:
    incidents = ctx.open_session().records.list_incidents()
    ctx.out.emit([_data(i) for i in incidents],
                 "\n".join(f"{i.id}\t{i.date.display()}\t{i.place}\t{i.description[:60]}"
                           for i in incidents) or "(no incidents)")
    return 0


def cmd_show(args, ctx) -> int:
    s = ctx.open_session()
    incident = s.records.get_incident(args.incident_id)
    people = s.persons.get_many(s.records.persons_in_incident(incident.id))
    data = {**_data(incident), "persons": [p.case_no for p in people]}
    ctx.out.emit(data, "\n".join([
        f"incident {incident.id}  {incident.date.display()}  {incident.place}",
        *([f"  {incident.description}"] if incident.description else []),
        f"  persons taken ({len(people)}):",
        *(f"    {p.case_no}  {_names(p)}" for p in people)]))
    return 0


def _names(p: Person) -> str:
    """A woman taken, as `person list` names her: both scripts, marked where her given name is
    unknown and led by it where it is written in one script only; bare, Xezal (in Latin letters
    only) read "الياس حيدر قيران", a man named Elias, and her sister Shirin the same man."""
    return "  ".join(n for n in person_names_shown(p) if n) or p.display_name()
