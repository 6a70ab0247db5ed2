"""What the rescue form asks of the vault (each runs on the vault thread): a rescue with its
persons and ledger read, saved through the services `rescue add`, `rescue edit` and `rescue
delete` use, and what each woman's status is after it; and a woman taken off a report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.currencies import PAID_IN_IRAQ
from app.domain.errors import NotFound, ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.records import CostEntry, RescueOperation, rescue_statuses
from app.ledger import CostRefused, read_amount, read_currency
from app.record_persons import one_woman_twice
from ui.bidi import Phrase, filled, isolated
from ui.i18n import list_comma
from ui.labels import date_typed, known_as_said, person_names_shown
from ui.person_ops import form_date

# The rescue's fields the form holds as text, in the form's order (RESCUE_FIELDS less the
# two dates and the status it gives, which are read).
TEXT_FIELDS = ("from_place", "route", "handover_point", "team_codes", "outcome", "needs", "notes")


def person_card(person) -> dict:
    """A person of the rescue as the form lists her: her case number and her name as the vault
    holds it, in Arabic script and in Latin letters, her sex for the words of her status."""
    names = "  /  ".join(isolated(n) for n in person_names_shown(person) if n)
    return {"case_no": person.case_no, "name": names or known_as_said(person),
            "sex": person.sex.value}


def find_person(session, typed: str, own: str = "", listed: tuple[str, ...] = ()) -> dict:
    """The person a case number typed into the form names, as she is kept now (a record merged
    into hers is hers), "given" the case number of the record typed; refused in the interface's
    language when no record has it. own: the record of the page the record is filed under,
    listed: those listed already; "twice" (the one of them she is, as one_woman_twice finds
    it, and the number she is kept as) when she is one of them, for the box to say as typed."""
    typed = typed.strip()
    if not typed:
        raise ValidationError(QCoreApplication.translate(
            "RescueDialog", "Type her case number (e.g. SNJ-00012), then Add person."))
    try:
        person = session.persons.get(typed)
    except NotFound:
        person = None
    if person is None:
        raise NotFound(filled(QCoreApplication.translate(
            "RescueDialog", "No person has the case number %1: check it on her papers. "
                            "Nothing was added."), typed))
    [kept] = session.persons.as_kept([person.id])
    named = [session.persons.get(case).id for case in ([own] if own else []) + list(listed)]
    twice = one_woman_twice(session.persons, [*named, person.id], start=len(named))
    # and the record typed, where it is merged into hers: a refusal names the number typed
    return {**person_card(kept), "given": person.case_no,
            "twice": None if twice is None else (twice.first, twice.kept)}


def load_rescue(session, rid: int) -> dict:
    """The rescue as the form shows it: its fields, its persons as kept, its ledger."""
    op = session.records.get_rescue(rid)
    return {"op": op, "persons": [person_card(p) for p in session.persons.as_kept(
        list(op.person_ids))]}


def read_costs(lines: list[dict]) -> list[CostEntry]:
    """The ledger's lines as typed ({amount, currency, paid_to, purpose}), read as `--cost`
    reads its amount and currency; a line left wholly blank is no line. A refusal names the
    line (counted from 1) and what was typed, in the interface's language. A line's currency
    left as the vault holds it ("stored") is kept as it is, as a date left as shown is: a code
    an earlier version took (UDS) stops no other change to the rescue."""
    out = []
    for n, line in enumerate(lines, 1):
        typed = {k: (line.get(k) or "").strip() for k in ("amount", "currency", "paid_to",
                                                          "purpose")}
        if not (typed["amount"] or typed["paid_to"] or typed["purpose"]):
            continue
        try:
            amount = read_amount(typed["amount"])
            currency = line_currency(line)
        except CostRefused as refused:
            raise ValidationError(cost_refusal_said(n, refused)) from None
        out.append(CostEntry(amount, currency, typed["paid_to"], typed["purpose"],
                             line.get("date") or FuzzyDate()))
    return out


def line_currency(line: dict) -> str:
    """A line's currency as typed, read (read_currency); left as the vault holds it
    ("stored"), kept as it is."""
    typed = " ".join((line.get("currency") or "").split())
    return typed if typed and typed == line.get("stored") else read_currency(typed)


def cost_refusal_said(line: int, refused: CostRefused) -> str:
    """Why a ledger line's amount or currency is refused, in the interface's language."""
    if refused.why in ("no_currency", "which_currency"):
        return _currency_refusal_said(line, refused)
    if refused.why == "two_ways":
        return filled(QCoreApplication.translate(
            "RescueDialog", "Ledger line %1: %2 may be read two ways; write the amount with no "
                            "separator, and a dot for a fraction (1500, 1.5)."), line,
            refused.typed)
    if refused.why == "not_positive":
        return filled(QCoreApplication.translate(
            "RescueDialog", "Ledger line %1: %2 is no amount paid: an amount paid is more "
                            "than 0."), line, refused.typed)
    if not refused.typed:
        return filled(QCoreApplication.translate(
            "RescueDialog", "Ledger line %1 has no amount: write what was paid, or take the "
                            "line off."), line)
    return filled(QCoreApplication.translate(
        "RescueDialog", "Ledger line %1: %2 is not an amount; write digits, with at most two "
                        "after a dot (12500, 2500.50)."), line, refused.typed)


def _currency_refusal_said(line: int, refused: CostRefused) -> str:
    """A currency refused: none given, a word of two currencies (lira), or no code known, with
    the code it is nearest (UDS: USD). The currencies offered are named in the order the
    form's box and the command line give them (app/currencies.py PAID_IN_IRAQ)."""
    tr = QCoreApplication
    offered = Phrase(list_comma().join(isolated(code) for code in PAID_IN_IRAQ))
    if not refused.typed:
        return filled(tr.translate("RescueDialog", "Ledger line %1 has no currency: choose one of "
                                                   "%2, or write another's three letters."),
                      line, offered)
    if refused.why == "which_currency":
        return filled(tr.translate("RescueDialog", "Ledger line %1: %2 may be %3 or %4; choose which."),
                      line, refused.typed, *refused.codes[:2])
    if refused.codes:
        return filled(tr.translate("RescueDialog", "Ledger line %1: %2 is no currency code; did you "
                                                   "mean %3? Write its three letters (%4) or its "
                                                   "name (dollar, dinar, euro)."),
                      line, refused.typed, refused.codes[0], offered)
    return filled(tr.translate("RescueDialog", "Ledger line %1: %2 is no currency code; write its "
                                               "three letters (%3) or its name (dollar, dinar, "
                                               "euro)."), line, refused.typed, offered)


def _read_form(form: dict, was: RescueOperation | None) -> dict:
    """The form's fields as the rescue keeps them. A date left as the form showed it keeps what
    was stored, whatever its text (as a report's form does); both dates are read before
    anything is saved, as `rescue add` reads --date and --handover-to-family."""
    out = {k: form[k].strip() for k in TEXT_FIELDS}
    for key, label in (("date", QCoreApplication.translate("RescueForm", "Rescue date")),
                       ("handover_to_family", QCoreApplication.translate(
                           "RescueForm", "Handover to family"))):
        if was is not None and form[key].strip() == date_typed(getattr(was, key)):
            out[key] = getattr(was, key)
        else:
            out[key] = form_date(form[key], label)
    out["gives_status"] = form["gives_status"]
    return out


def save_rescue(session, rid: int | None, form: dict) -> dict:
    """Record the rescue the form holds (rid None) or change rescue rid to say it: fields,
    persons (case numbers) and ledger, read whole before anything is saved. Returns what to
    say: each woman's status now, and those taken off with hers."""
    costs = read_costs(form["costs"])
    if not form["persons"]:
        raise ValidationError(QCoreApplication.translate(
            "RescueDialog", "The rescue names no one: add the persons it freed."))
    people = [session.persons.get(c) for c in form["persons"]]
    if rid is None:
        fields = _read_form(form, None)
        if not (fields["date"].text or fields["from_place"] or fields["outcome"]
                or fields["handover_to_family"].text):
            raise ValidationError(QCoreApplication.translate(
                "RescueForm", "The rescue needs at least its date, where from, or its outcome."))
        op = RescueOperation(person_ids=[p.id for p in people], costs=costs, **fields)
        rid = session.records.add_rescue(op)
        return _said(session, rid, "recorded", [], None, None)
    was = session.records.get_rescue(rid)
    fields = _read_form(form, was)
    changes = {k: v for k, v in fields.items() if v != getattr(was, k)}
    if was.gives_status is None and fields["gives_status"] is None:
        changes.pop("gives_status", None)
    kept = session.persons.as_kept(list(was.person_ids))
    before = [p.case_no for p in kept]
    had = {p.case_no: p.current_status.value for p in kept}  # a change of hers is said so
    now = [p.case_no for p in people]
    add = [c for c in now if c not in before]
    remove = [c for c in before if c not in now]
    changed = session.records.edit_rescue(rid, changes, add, remove) \
        if changes or add or remove else []
    old_costs = [[str(c.amount), c.currency, c.paid_to, c.purpose] for c in was.costs]
    if session.records.replace_costs(rid, costs):
        changed.append("costs")
    ledger = (old_costs, [[str(c.amount), c.currency, c.paid_to, c.purpose] for c in costs]) \
        if "costs" in changed else None
    return _said(session, rid, "changed" if changed else "unchanged", remove, ledger, None, had)


def delete_rescue(session, rid: int, reason: str = "") -> dict:
    """Delete the rescue, its ledger and the statuses it gave (`rescue delete --reason`); what
    each of its women's status is after it."""
    had = {p.case_no: p.current_status.value
           for p in session.persons.as_kept(list(session.records.get_rescue(rid).person_ids))}
    op = session.records.delete_rescue(rid, reason)
    return _said(session, rid, "deleted", [], None, op, had)


def _said(session, rid: int, done: str, taken_off: list[str], ledger, deleted,
          had: dict | None = None) -> dict:
    """What the form says after a save or a deletion, as `rescue add/edit/delete` print it:
    each woman's status now, whether this rescue gave it, and (had: hers before a change, by
    case number) what it was."""
    op = deleted if deleted is not None else session.records.get_rescue(rid)
    now = session.records.rescue_statuses_now(op)
    kept = session.persons.as_kept(list(op.person_ids))
    sexes = {p.case_no: p.sex.value for p in kept}
    # her name beside her number: a woman typed under a mistyped number is seen at once
    names = {p.case_no: person_card(p)["name"] for p in kept}
    off = [session.persons.get(c) for c in taken_off]
    return {"rescue_id": rid, "done": done, "gives": bool(rescue_statuses(op)),
            "persons": [{"case_no": n.case_no, "status": n.status.value,
                         "from_this_rescue": n.from_this_rescue,
                         "sex": sexes.get(n.case_no, "F"), "name": names.get(n.case_no, ""),
                         "was": (had or {}).get(n.case_no)} for n in now],
            "taken_off": [{"case_no": p.case_no, "status": p.current_status.value,
                           "sex": p.sex.value} for p in off],
            "ledger": ledger}


def report_off_refused(session, report_id: int, case_no: str) -> list[str]:
    """The service's refusal to take her off the report, if it would refuse (the only person
    it names, a status of hers resting on it): asked before she is asked to confirm. Else the
    others it names (case numbers as kept), who stay on it."""
    session.records.refuse_report_change(report_id, remove=[case_no])
    her = session.persons.as_kept([session.persons.get(case_no).id])[0].case_no
    report = session.records.get_report(report_id)
    return [p.case_no for p in session.persons.as_kept(list(report.person_ids))
            if p.case_no != her]


def take_off_report(session, report_id: int, case_no: str) -> list:
    """Take her off a report filed under her by mistake (`report edit ID --remove-person`);
    returns the statuses it told of her, which stay behind (app/report_left.LeftBehind)."""
    left: list = []
    session.records.edit_report(report_id, {}, remove=[case_no], left=left)
    return left


def report_others(session, report_id: int, case_no: str) -> list[dict]:
    """The women a report of hers is about besides her, as kept, as the persons box lists them."""
    [her] = session.persons.as_kept([session.persons.get(case_no).id])
    report = session.records.get_report(report_id)
    return [person_card(p) for p in session.persons.as_kept(list(report.person_ids))
            if p.id != her.id]
