"""Test helper: a synthetic person with every field filled, in Arabic, Sorani and Kurmanji."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex, Status, StatusEvent
from app.domain.records import CostEntry, FamilyContact, Incident, Report, RescueOperation
from app.reports.selection import DossierSource


def photo_png(color=(120, 90, 60)) -> bytes:
    from PIL import Image

    img = Image.new("RGB", (300, 400), color)
    out = io.BytesIO()
    img.save(out, format="PNG")
    return out.getvalue()


def sample_person(fill=None) -> Person:
    """fill(field) -> text lets a test put a canary into every text field."""
    f = fill or (lambda name, default: default)
    names = {
        NamePart.GIVEN: NameText(f("given.o", "ئەڤین"), f("given.l", "Evîn")),
        NamePart.FATHER: NameText(f("father.o", "خليل"), f("father.l", "Xelîl")),
        NamePart.GRANDFATHER: NameText(f("grandfather.o", "ڕەشید"), f("grandfather.l", "Reşîd")),
        NamePart.FAMILY: NameText(f("family.o", "الدخي"), f("family.l", "al-Dakhi")),
        NamePart.MOTHER: NameText(f("mother.o", "نوورێ"), f("mother.l", "Nûrê")),
        NamePart.NICKNAME: NameText(f("nickname.o", "گوڵ"), f("nickname.l", "Gul")),
    }
    return Person(
        case_no="SNJ-00123", names=names,
        aliases=[f("alias1", "Aveen Khalil"), f("alias2", "افين خليل")],
        sex=Sex.FEMALE, birth=FuzzyDate.parse("about 1999"),
        origin_village=f("village", "کۆچۆ / Kocho"), origin_district=f("district", "Sinjar"),
        origin_governorate=f("governorate", "نینەوا"),
        abduction_date=FuzzyDate.exact(date(2014, 8, 15)),
        abduction_place=f("abduction_place", "Kocho school / مدرسة كوجو"),
        abduction_circumstances=f("circumstances", "Taken with her mother and sisters (3)."),
        last_known_location=f("last_known_location", "Raqqa, near the old market"),
        held_by=f("held_by", "Abu Hamza al-Iraqi"),
        notes=f("notes", "Brother in Germany asked for news twice."),
        status_events=[
            StatusEvent(Status.MISSING, FuzzyDate.exact(date(2014, 8, 15)),
                        f("status_note1", "reported by her uncle")),
            StatusEvent(Status.SIGHTED, FuzzyDate.parse("03/2017"),
                        f("status_note2", "seen in Raqqa")),
            StatusEvent(Status.RESCUED, FuzzyDate.exact(date(2019, 3, 2)),
                        f("status_note3", "handed over in Duhok")),
        ],
        version=4, id=1)


def sample_source(fill=None, synthetic: bool = True) -> DossierSource:
    f = fill or (lambda name, default: default)
    return DossierSource(
        person=sample_person(fill), audit_head="9f" * 32, generated_at="2026-11-25 13:40 UTC",
        synthetic=synthetic,
        relatives=[("mother", "SNJ-00124", f("relative", "نوورێ ڕەشید / Nûrê Reşîd"))],
        contacts=[FamilyContact(1, f("contact_name", "Dilşad Xelîl"),
                                f("contact_phone", "+964 750 123 4567"),
                                f("contact_relation", "brother"))],
        photo=photo_png(),
        reports=[
            Report(FuzzyDate.exact(date(2017, 3, 20)), FuzzyDate.parse("03/2017"),
                   f("report_place1", "الرقة"), f("report_text1", "A woman matching her seen."),
                   f("source_code1", "S-7Q3"), 3, False, [1], 11),
            Report(FuzzyDate.exact(date(2018, 6, 1)), FuzzyDate.parse("2018"),
                   f("report_place2", "Deir ez-Zor"),
                   f("report_text2", "The informant's cousin bought her release."),
                   f("source_code2", "S-2K9"), 2, True, [1], 12),
        ],
        rescues=[RescueOperation(
            FuzzyDate.exact(date(2019, 3, 2)), f("rescue_from", "Baghuz"),
            f("rescue_route", "Baghuz - Hasakah - Semalka"),
            f("rescue_handover", "Semalka crossing"), f("rescue_team", "T-4, T-9"),
            f("rescue_outcome", "rescued, in good health"),
            FuzzyDate(text=f("rescue_family", "handed to her brother in Duhok")),
            f("rescue_needs", "trauma counselling"), f("rescue_notes", "paid in two parts"),
            [1], [CostEntry(Decimal("12000"), "USD", f("cost_paid_to", "middleman M-3"),
                            f("cost_purpose", "release"))], 5,
            gives_status="rescued")],  # it freed her: her status is rescued at its date
        incident=Incident(FuzzyDate.exact(date(2014, 8, 15)), f("incident_place", "Kocho"),
                          f("incident_description", "Kocho massacre"), 1),
        provenance=[{"list_source": f("prov_source", "Yazda list 2015"),
                     "file_name": f("prov_file", "yazda-2015.xlsx"), "sheet": "Kocho",
                     "row_number": 214}],
    )
