"""Test helper: a real vault whose every text field holds a canary, and a full PDF decoder."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, SharingLevel, Status, StatusEvent
from app.domain.records import (
    CostEntry,
    FamilyContact,
    Incident,
    Relation,
    RelativeLink,
    Report,
    RescueOperation,
)
from app.vault import create_vault
from db.keyslots import KdfParams
from tests.report_samples import photo_png

PASSPHRASE = "correct horse battery"

# canary -> the profile field that must allow it to be printed
CANARIES: dict[str, str] = {}


def canary(field: str, tag: str, upper: bool = False) -> str:
    # a source code is kept in capitals (a-7 and A-7 are one informant): its canary too
    token = f"zq{tag}kx".upper() if upper else f"zq{tag}kx"
    CANARIES[token] = field
    return token


@dataclass
class CanaryVault:
    session: object
    case_no: str
    rescue_id: int


def make_canary_vault(folder: Path, freed: bool = False) -> CanaryVault:
    """freed: she was rescued (2019-03-02), else she is still held (missing), and a court's
    paper keeps back her reports (both of after her abduction) and her rescue record (which
    freed no one) until she is freed (app/reports/while_held.py)."""
    session, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast(), synthetic=False)
    c = canary
    names = {part: NameText(c("names", f"{part.value}o"), c("names", f"{part.value}l"))
             for part in (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)}
    names[NamePart.MOTHER] = NameText(c("mother_name", "mothero"), c("mother_name", "motherl"))
    names[NamePart.NICKNAME] = NameText(c("nickname", "nicko"), c("nickname", "nickl"))
    person = Person(
        names=names, aliases=[c("aliases", "aliasone")], sex=Sex.FEMALE,
        birth=FuzzyDate.parse("1999"), origin_village=c("origin", "village"),
        origin_district=c("origin", "district"), origin_governorate=c("origin", "governorate"),
        abduction_date=FuzzyDate.exact(date(2014, 8, 3)),
        abduction_place=c("abduction_place", "abdplace"),
        abduction_circumstances=c("abduction_circumstances", "circum"),
        last_known_location=c("last_known_location", "lastloc"),
        held_by=c("held_by", "heldby"), notes=c("notes", "notes"),
        # she may appear in every document: these tests are of the fields each profile shows
        sharing_level=SharingLevel.PUBLIC,
        status_events=[StatusEvent(Status.MISSING, FuzzyDate.exact(date(2011, 11, 11)),
                                   c("status_notes", "statnote"))]
        + ([StatusEvent(Status.RESCUED, FuzzyDate.exact(date(2019, 3, 2)))] if freed else []))
    # fields that hold no free text get values found nowhere else in the vault
    CANARIES["2011-11-11"] = "status_timeline"
    relative = Person(names={NamePart.GIVEN: NameText("", c("relatives", "relname"))},
                      sex=Sex.FEMALE, sharing_level=SharingLevel.PUBLIC)
    s = session
    person = s.persons.create(person)
    relative = s.persons.create(relative)
    incident_id = s.records.add_incident(Incident(FuzzyDate.exact(date(2014, 8, 3)),
                                                  c("incident", "incplace"),
                                                  c("incident", "incdesc")))
    person.incident_id = incident_id
    person = s.persons.update(person)
    s.records.link_relative(person.case_no, relative.case_no, RelativeLink(0, 0, Relation.MOTHER))
    s.records.add_contact(person.case_no, FamilyContact(0, c("contacts", "contname"),
                                                        c("contacts", "contphone"),
                                                        c("contacts", "contrel")))
    s.records.add_photo(person.case_no, photo_png())
    s.records.add_report(Report(FuzzyDate.exact(date(2016, 1, 2)), FuzzyDate.parse("2015"),
                                c("reports", "repplace"), c("report_text", "reptext"),
                                c("report_source_code", "src7", upper=True), 2, False, [person.id]))
    s.records.add_report(Report(FuzzyDate.exact(date(2017, 1, 2)), FuzzyDate.parse("2016"),
                                # a report that could identify its source: its place and
                                # code are withheld with its text
                                c("report_identifying_text", "repplacetwo"),
                                c("report_identifying_text", "idtext"),
                                c("report_identifying_text", "src8", upper=True), 2, True,
                                [person.id]))
    CANARIES["73,519"] = "rescue_costs"
    rescue_id = s.records.add_rescue(RescueOperation(
        FuzzyDate.exact(date(2019, 3, 2)), c("rescues", "rfrom"), c("rescue_route", "rroute"),
        c("rescue_handover_point", "rhandpt"), c("rescue_team", "rteam"),
        c("rescues", "routcome"), FuzzyDate(text=c("rescues", "rfamily")), c("rescue_needs", "rneeds"),
        c("rescue_notes", "rnotes"), [person.id],
        [CostEntry(Decimal("73519"), "USD", c("rescue_costs", "rpaidto"),
                   c("rescue_costs", "rpurpose"))]))
    with s.db.transaction():
        s.records.repo.insert_provenance(person.id, None, c("provenance_sender", "provlist"),
                                         c("provenance_sender", "provfile"), "ab" * 32, "Sheet1", 7,
                                         "{}", "2026-01-01T00:00:00Z")
    return CanaryVault(session, person.case_no, rescue_id)


def _chars_in_drawing_order(pdf: bytes, password: str = "") -> list[str]:
    """Every page's characters in the order they are drawn (a cell's text stays together)."""
    doc = PDFDocument(PDFParser(io.BytesIO(pdf)), password=password)
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages = []
    for page in PDFPage.create_pages(doc):
        interpreter.process_page(page)
        pages.append("".join(item.get_text() for item in device.get_result()
                             if isinstance(item, LTChar)))
    return pages


def decoded_text(pdf: bytes, password: str = "") -> str:
    """All text a reader could get out of the file: glyph text in drawing order, pdftotext's
    text, the raw bytes, and every stream inflated, with white space removed."""
    parts = _chars_in_drawing_order(pdf, password)
    args = ["pdftotext", "-upw", password] if password else ["pdftotext"]
    parts.append(subprocess.run([*args, "-", "-"], input=pdf, capture_output=True,
                                check=True).stdout.decode())
    parts.append(pdf.decode("latin-1"))
    parts += _all_objects_decoded(pdf, password)
    return re.sub(r"\s+", "", "\n".join(parts))


def _all_objects_decoded(pdf: bytes, password: str) -> list[str]:
    """Every object of the file and every trailer, streams with all their filters undone (and
    decrypted), and every string also read as PDF text (UTF-16 with a byte order mark, as in a
    title or a bookmark, would otherwise hide an ASCII canary between zero bytes)."""
    doc = PDFDocument(PDFParser(io.BytesIO(pdf)), password=password)
    out: list[str] = []
    _strings(doc.info, out)
    _strings(doc.catalog, out)
    for xref in doc.xrefs:
        _strings(getattr(xref, "trailer", {}), out)
        for objid in xref.get_objids():
            try:
                obj = doc.getobj(objid)
            except Exception:  # noqa: S112 - free or compressed slots that hold nothing
                continue
            _strings(obj, out)
    return out


def _strings(obj, out: list[str]) -> None:
    if isinstance(obj, PDFStream):
        out.append(obj.get_data().decode("latin-1"))
        _strings(obj.attrs, out)
    elif isinstance(obj, dict):
        for key, value in obj.items():
            out.append(str(key))
            _strings(value, out)
    elif isinstance(obj, list | tuple):
        for value in obj:
            _strings(value, out)
    elif isinstance(obj, bytes):
        out.append(obj.decode("latin-1"))
        if obj.startswith(b"\xfe\xff"):
            out.append(obj[2:].decode("utf-16-be", "replace"))
        elif obj.startswith(b"\xff\xfe"):
            out.append(obj[2:].decode("utf-16-le", "replace"))
        elif obj.startswith(b"\xef\xbb\xbf"):
            out.append(obj[3:].decode("utf-8", "replace"))
    else:
        out.append(repr(obj))
