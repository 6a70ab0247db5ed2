"""A list's phone column: the numbers a cell holds, and the family contacts they become."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable

from app.domain.fuzzydate import DIGITS
from app.domain.records import FamilyContact
from app.importing.erased_keys import secret
from db.repositories.audit import AuditRepository
from db.repositories.records import RecordRepository

# Several numbers in one cell: "0750 111 2233 / 0751 333 4455", one a line, or by , ; ، ؛
_SEPARATORS = re.compile(r"\s*(?:[/,;،؛|\n\r]|\\)\s*")
# As a number is typed: digits, spaces, dashes, dots, brackets, a leading +
_TYPED = re.compile(r"\+?[0-9][0-9 \-.()]*")
# An Iraqi mobile has 11 digits (0750 123 4567), a landline 9 or 10; with the country code 13.
# Fewer than 7 is no number anyone can call; more than 15 is none (E.164).
MIN_DIGITS, MAX_DIGITS = 7, 15
# What a list writes for "no number": nothing to read, nothing to report.
_NONE = {"-", "--", "—", "–", "x", "0", "no", "none", "n/a", "na", "nil", "لا", "لا يوجد",
         "لايوجد", "لا يوجد رقم", "نییە", "نیە", "tune", "tuneye", "nîne"}


_N_A = re.compile(r"(?<![0-9A-Za-z])[Nn]\s*/\s*[Aa](?![0-9A-Za-z])")


# A date as a spreadsheet hands a date cell over, or as typed: 2014-08-03 (a datetime cell,
# with its time if it has one), 03/08/2014, 3.8.2014. Its 8 digits would pass for a number;
# its slashes would cut it into pieces. Taken whole, as a piece that is no number.
_DATE = re.compile(
    r"(?<![0-9])(?:(?:19|20)[0-9]{2}([-/.])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12][0-9]|3[01])"
    r"(?:[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
    r"|(?:0?[1-9]|[12][0-9]|3[01])([-/.])(?:0?[1-9]|[12][0-9]|3[01])\2(?:19|20)[0-9]{2})"
    r"(?![0-9])")
# A number cell read as a float and written out as text: 7501234567.0 is 7501234567
_FLOAT_TAIL = re.compile(r"^(\+?[0-9]+)\.0+$")


def is_date(piece: str) -> bool:
    """Whether a piece split_phones found no number is a date ("2014-08-03", "03/08/2014")."""
    return _DATE.fullmatch(piece.translate(DIGITS)) is not None


def split_phones(text: str) -> tuple[list[str], list[str]]:
    """(numbers, pieces that are no number) of one cell, each as written (spaces squeezed).
    A piece with a letter or too few digits is not read as a number: no contact is invented
    from "ask the mukhtar" or "0750", nor from a date ("2014-08-03", "03/08/2014"). A number
    cell a spreadsheet wrote as a float ("7501234567.0") is its digits, without the ".0"
    (the 0 it lost in front stays lost: phone_key knows that number without it)."""
    numbers, others = [], []
    text = text.strip()
    # "N/A" before its slash cuts it into 'N' and 'A': the none it says, beside a number too
    text = _N_A.sub("na", text)
    # positions agree: DIGITS turns one character into one
    dates = list(_DATE.finditer(text.translate(DIGITS)))
    spans = [(m.start(), m.end()) for m in dates]
    cuts = [0, *[i for span in spans for i in span], len(text)]
    for k in range(0, len(cuts) - 1):
        chunk = text[cuts[k]:cuts[k + 1]]
        if k % 2:  # a date: whole, and no number
            others.append(" ".join(chunk.split()))
            continue
        for piece in _SEPARATORS.split(chunk):
            piece = " ".join(piece.split())
            if not piece or piece.casefold() in _NONE:
                continue
            digits = piece.translate(DIGITS)
            if m := _FLOAT_TAIL.match(digits):
                piece = piece[:len(m.group(1))]
                digits = m.group(1)
            if _number(digits):
                numbers.append(piece)
            elif (found := _several(piece)) is not None:
                numbers += found[0]
                others += found[1]
            else:
                others.append(piece)
    return numbers, others


# Two numbers joined by a word ("0750... و 0770...", "and", Kurmanji û). (A note after a
# number, "(لا يعمل)": not working, keeps the cell from becoming a contact, as before.)
_JOINED = re.compile(r"\s+(?:و|and|û|u|or|او|أو|yan|یان)\s+", re.IGNORECASE)
# Each number a cell is cut into is a whole one: ten digits at least (0750 123 4567), so
# that "07501234567 0770123" gives no half-number contact.
_WHOLE = 10


def _number(piece: str) -> bool:
    digits = piece.translate(DIGITS)
    count = sum(ch.isdigit() for ch in digits)
    return _TYPED.fullmatch(digits) is not None and MIN_DIGITS <= count <= MAX_DIGITS


def _whole(piece: str) -> bool:
    return _number(piece) and sum(ch.isdigit() for ch in piece.translate(DIGITS)) >= _WHOLE


def _several(piece: str) -> tuple[list[str], list[str]] | None:
    """The numbers of a piece that is more than one number, or None: "0750
    123 4567 0770 123 4567" and "07501234567-07701234567" are two, cut where a new number
    begins (0 or +) once the one before has ten digits or more."""
    if _JOINED.search(piece):
        parts = [" ".join(x.split()) for x in _JOINED.split(piece)]
        return (parts, []) if all(_whole(x) for x in parts) else None
    tokens = re.split(r"(\s+-\s+|-(?=\s*\+?[0-9])|\s+)", piece)
    groups: list[str] = []
    current = ""
    for token in tokens:
        if not token.strip() or token.strip() == "-":
            current += token
            continue
        token_digits = token.translate(DIGITS)
        so_far = sum(ch.isdigit() for ch in current.translate(DIGITS))
        if so_far >= _WHOLE and token_digits[:1] in ("0", "+"):
            groups.append(current.strip(" -"))
            current = ""
        current += token
    groups.append(current.strip(" -"))
    if len(groups) > 1 and all(_whole(g) for g in groups):
        return [" ".join(g.split()) for g in groups], []
    return None


def phone_key(text: str) -> str:
    """A number by its digits, as one dials it inside Iraq: +964 750 123 4567, 00964 750 123
    4567, 0750-123-4567 and 7501234567 (a spreadsheet drops the 0) are one number."""
    digits = "".join(ch for ch in text.translate(DIGITS) if ch.isdigit())
    if digits.startswith("00964"):
        digits = "0" + digits[5:]
    elif digits.startswith("964") and len(digits) >= 12:
        digits = "0" + digits[3:]
    elif len(digits) == 10 and digits.startswith("7"):
        digits = "0" + digits
    return digits


def listed_contacts(r) -> tuple[list[str], str, str]:
    """(numbers, whom they reach, relation) a staged row gives; read from its JSON only when
    it holds numbers (most lists have none, and a commit reads 100,000 rows)."""
    p = getattr(r, "person", None)
    if p is None:
        text = r.person_json or ""
        if '"ph":' not in text:
            return [], "", ""
        d = json.loads(text)
        return list(d.get("ph", ())), d.get("cn", ""), d.get("cr", "")
    return list(getattr(p, "phones", ())), getattr(p, "contact_name", ""), getattr(
        p, "contact_relation", "")


def removed_key(key: bytes, uuid: str, number: str) -> str:
    """What the trail keeps of a family contact removed by hand: its number, by its digits,
    with her record's id, under the vault's own secret (erased_keys.secret): not the number,
    and not to be found again from the trail without the vault. Enough for a list's next
    version not to add back a number she removed as wrong."""
    return hmac.new(key, f"{uuid}:{phone_key(number)}".encode(), hashlib.sha256).hexdigest()[:24]


# A number she no longer has by hand, and how: removed (contact remove) or changed to another
# (contact --change): either way a list's next version giving it again does not bring it back.
REMOVED, CHANGED = "removed_before", "changed_before"
_KEYS = {"person.contact.remove": ("removed_key", REMOVED),
         "person.contact.edit": ("changed_key", CHANGED)}


def _removed_before(session) -> dict[str, dict[str, str]]:
    """{case number: {removed_key of a number she no longer has by hand: REMOVED or CHANGED}}."""
    out: dict[str, dict[str, str]] = {}
    for e in AuditRepository(session.db).with_actions(tuple(_KEYS)):
        name, kind = _KEYS[e.action]
        key = json.loads(e.detail or "{}").get(name)
        if key:
            out.setdefault(e.entity_ref, {}).setdefault(key, kind)
    return out


def _removed_from(session, pid: int, number: str, removed: dict[str, dict[str, str]],
                  uuids: dict[int, list[tuple[str, str]]]) -> str | None:
    """REMOVED or CHANGED where number was taken off by hand from her record or from one
    merged into hers since (each is keyed by the record it was taken off), else None."""
    if pid not in uuids:
        her = session.persons.get_by_id(pid)
        uuids[pid] = [(her.case_no, her.uuid)] + [
            (c, session.persons.get(c).uuid) for c in session.persons.merged_under(her.case_no)]
    key = secret(session.db)
    if key is None:
        return None
    for c, uuid in uuids[pid]:
        if kind := removed.get(c, {}).get(removed_key(key, uuid, number)):
            return kind
    return None


def add_list_contacts(session, batch, person_of_row: dict[int, int], rows,
                      case_numbers: Callable[[set[int]], dict[int, str]]) -> dict:
    """Each number a committed row gives, a family contact of the person the row went to,
    with the row as its source; a number she (or a record merged into her) already has, by
    its digits, is not added again. Returns {added: [{row, contact_id}], already_known: [{row}]}
    (no case numbers: a report naming every woman of a long list would be found for each of
    them, importing.reports_naming). Runs inside the caller's transaction."""
    given = {}
    for r in rows:
        if r.row_number in person_of_row:
            numbers, name, relation = listed_contacts(r)
            if numbers:
                given[r.row_number] = (numbers, name, relation)
    out: dict = {"added": [], "already_known": [], REMOVED: [], CHANGED: []}
    if not given:
        return out
    repo = RecordRepository(session.db)
    cases = case_numbers({person_of_row[n] for n in given})
    removed = _removed_before(session)  # nearly always none: one query
    uuids: dict[int, list[tuple[str, str]]] = {}
    known = {pid: {phone_key(p) for p in phones} for pid, phones in repo.phones_of(
        [person_of_row[n] for n in given]).items()}
    entries = []
    for n in sorted(given):
        numbers, name, relation = given[n]
        pid = person_of_row[n]
        have = known.setdefault(pid, set())
        case_no = cases.get(pid, "")
        for number in numbers:
            key = phone_key(number)
            if key in have:
                out["already_known"].append({"row": n})
                continue
            if removed and (kind := _removed_from(session, pid, number, removed, uuids)):
                # removed or changed by hand as wrong: the list saying it again does not
                # bring it back
                out[kind].append({"row": n})
                continue
            have.add(key)
            cid = repo.insert_contact(FamilyContact(pid, name, number, relation,
                                                    batch_id=batch.id, row_number=n))
            out["added"].append({"row": n, "contact_id": cid})
            # the trail names the contact by its number only, as a contact typed by hand
            entries.append(("person.contact", "person", case_no,
                            {"contact_id": cid, "import_batch": batch.id, "row": n}))
    if entries:
        session.audit.append_many(entries)
    return out


def take_back_contacts(session, batch_id: int, row_number: int) -> dict:
    """The contacts a withdrawn row added are deleted, unless changed by hand since (later work
    is never undone: such a contact stays, named). {removed: [ids], left: [ids]}."""
    repo = RecordRepository(session.db)
    out: dict = {"removed": [], "left": []}
    row_contacts = repo.contacts_from_row(batch_id, row_number)
    # Every record's trail, not hers alone: a contact of hers changed while her record was
    # merged into another is logged under the record kept, and stays hers after a split.
    trail = session.audit.with_actions("person.contact", "person.contact.edit") \
        if row_contacts else []
    for c in row_contacts:
        case_no = session.persons.get_by_id(c.person_id).case_no
        if _edited_since_added(trail, c.id, batch_id, row_number):
            out["left"].append(c.id)
            continue
        repo.delete_contact(c.id)
        out["removed"].append(c.id)
        session.audit.append("person.contact.withdraw", "person", case_no, {
            "contact_id": c.id, "import_batch": batch_id, "row": row_number})
    return out


def _edited_since_added(history, contact_id: int, batch_id: int, row_number: int) -> bool:
    """Whether the trail has the contact changed by hand after this row added it (a number
    is reused once a contact is deleted: an edit before the row's is another contact's)."""
    added = False
    for e in history:
        d = json.loads(e.detail or "{}")
        if d.get("contact_id") != contact_id:
            continue
        if e.action == "person.contact":
            added = (d.get("import_batch"), d.get("row")) == (batch_id, row_number)
        elif e.action == "person.contact.edit" and added:
            return True
    return False


def contacts_preview(session, rows) -> dict:
    """What committing staged rows would add to family contacts, for the dry run: {would_add,
    already_known, waiting (numbers on rows a person must decide), removed_before and
    changed_before (numbers taken off her by hand, not added back, as the commit counts
    them: add_list_contacts), rows {row: numbers}, adds {row: the numbers it would add}}. A
    repeat of an earlier row adds nothing that row adds."""
    out: dict = {"would_add": 0, "already_known": 0, "waiting": 0, REMOVED: 0, CHANGED: 0,
                 "rows": {}, "adds": {}}
    from app.importing.skipped_then import skip_said

    # a row to be skipped again (skipped by hand last time, the same) adds nothing to anyone
    given = {r.row_number: (r, listed_contacts(r)[0]) for r in rows
             if r.outcome != "rejected" and skip_said(r) != "skip"}
    given = {n: v for n, v in given.items() if v[1]}
    if not given:
        return out
    known = {pid: {phone_key(p) for p in phones} for pid, phones in RecordRepository(
        session.db).phones_of([r.match_person_id for r, _ in given.values()
                               if r.match_person_id]).items()}
    target: dict[int, tuple] = {}
    for r in sorted((r for r in rows if r.outcome != "rejected"), key=lambda r: r.row_number):
        if r.outcome == "new":
            target[r.row_number] = ("row", r.row_number)
        elif r.outcome == "certain" and r.match_person_id:
            target[r.row_number] = ("person", r.match_person_id)
        elif r.outcome == "certain" and r.match_row_number in target:
            target[r.row_number] = target[r.match_row_number]
    have: dict[tuple, set[str]] = {}
    removed = _removed_before(session)  # nearly always none: one query
    uuids: dict[int, list[tuple[str, str]]] = {}
    for n in sorted(given):
        r, numbers = given[n]
        out["rows"][n] = numbers
        t = target.get(n)
        if t is None:
            out["waiting"] += len(numbers)
            continue
        seen = have.setdefault(t, set(known.get(t[1], ())) if t[0] == "person" else set())
        for number in numbers:
            key = phone_key(number)
            if key in seen:
                out["already_known"] += 1
                continue
            kind = _removed_from(session, t[1], number, removed, uuids) if (
                removed and t[0] == "person") else None
            out[kind or "would_add"] += 1
            if kind is None:
                seen.add(key)
                # said on the row too: a row that only adds a number changes her page
                out["adds"].setdefault(n, []).append(number)
    return out
