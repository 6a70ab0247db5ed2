"""Official and government lists write the Yazidi collective towns by their official Arabic
names (القحطانية for Tel Ezer, مجمع الجزيرة for Siba Sheikh Khidir): read as the vault's village
in an import, a match and a village filter, not as another place (a tester's day: both women
of an official list fell to "probable match ... village mismatch")."""

from __future__ import annotations

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing.values import known_place, village_map
from app.village_filter import villages_chosen
from tests.import_helpers import new_vault, write_csv


@pytest.mark.parametrize("typed, place", [
    ("القحطانية", "Tel Ezer"), ("مجمع القحطانية", "Tel Ezer"), ("Qahtaniya", "Tel Ezer"),
    ("al-Qahtaniyah", "Tel Ezer"),
    ("مجمع الجزيرة", "Siba Sheikh Khidir"),
    ("العدنانية", "Gir Zerik"), ("مجمع العدنانية", "Gir Zerik"), ("Adnaniya", "Gir Zerik"),
    ("مجمع التأميم", "Khanasor"),
])
def test_the_official_name_is_the_known_village(typed, place):
    assert known_place(typed) == place
    assert village_map([typed]) == {typed: place}


@pytest.mark.parametrize("typed", ["الجزيرة", "التأميم", "Jazeera"])
def test_a_name_that_is_also_a_region_alone_is_kept_as_typed(typed):
    """al-Jazeera alone is a region (Syria's too); al-Ta'mim alone was Kirkuk's governorate."""
    assert known_place(typed) is None


def test_a_village_filter_takes_the_official_name():
    stored = ("Tel Ezer", "تل عزير", "Siba Sheikh Khidir", "Hardan")
    assert set(villages_chosen("Qahtaniya", stored)[0]) == {"Tel Ezer", "تل عزير"}
    assert set(villages_chosen("القحطانية", stored)[0]) == {"Tel Ezer", "تل عزير"}
    assert villages_chosen("مجمع الجزيرة", stored)[0] == ("Siba Sheikh Khidir",)


def test_an_official_list_matches_her_record_with_its_village(tmp_path):
    from app.importing.service import ImportService

    session = new_vault(tmp_path / "vault")
    try:
        for names, village in ((("عمشة", "علي", "خديدة"), "Siba Sheikh Khidir"),
                               (("شيرين", "مراد", "علي"), "Tel Ezer")):
            p = Person(sex=Sex.FEMALE, origin_village=village)
            for part, name in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER), names,
                                  strict=True):
                p.names[part] = NameText(name, "")
            session.persons.create(p)
        lst = write_csv(tmp_path / "official.csv", ["الاسم", "اسم الاب", "اسم الجد", "القرية"],
                        [["عمشة", "علي", "خديدة", "مجمع الجزيرة"],
                         ["شيرين", "مراد", "علي", "القحطانية"]])
        svc = ImportService(session)
        plan = svc.prepare(str(lst))
        assert svc.converter(plan).value_mappings()["village"] == {
            "القحطانية": "Tel Ezer", "مجمع الجزيرة": "Siba Sheikh Khidir"}
        rows = svc.stage_rows(plan)
        assert [r.person.origin_village for r in rows] == ["Siba Sheikh Khidir", "Tel Ezer"]
        assert [r.outcome for r in rows] == ["certain", "certain"]
    finally:
        session.close()
