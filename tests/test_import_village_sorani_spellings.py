"""A Sorani spelling of a Sinjar village is read as the place it names, as names are folded."""

import csv
from pathlib import Path

import pytest

from app.domain.person import NamePart, NameText, Person, Sex
from app.importing import notes
from app.importing.service import ImportService
from tests.import_helpers import new_vault

HEADER = ["ژ", "ناو", "ناوی باوک", "ناوی باپیر", "گوند"]


@pytest.fixture
def session(tmp_path):
    s = new_vault(tmp_path / "vault")
    yield s
    s.close()


def _sorani_csv(path: Path, rows: list[list[str]]) -> Path:
    """A list as the Sorani office sends it: UTF-8 with a byte order mark."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows([str(i), *r] for i, r in enumerate(rows, 1))
    return path


def _woman(session, given: str, father: str, grandfather: str, village: str) -> Person:
    p = Person(sex=Sex.FEMALE, origin_village=village)
    for part, text in ((NamePart.GIVEN, given), (NamePart.FATHER, father),
                       (NamePart.GRANDFATHER, grandfather)):
        p.names[part] = NameText(text, "")
    return session.persons.create(p)


def test_solagh_written_with_kha_in_a_sorani_list_is_the_vaults_solagh(session, tmp_path):
    """سۆلاخ: the Kurdish x where Arabic writes غ (سولاغ), as Kurmanji writes Solax."""
    _woman(session, "ليلى", "خلف", "حسن", "Solagh")
    lst = _sorani_csv(tmp_path / "l3.csv", [["ڤیان", "خەلیل", "عەلی", "سۆلاخ"]])
    svc = ImportService(session)
    plan = svc.prepare(str(lst))
    assert svc.converter(plan).value_mappings()["village"] == {"سۆلاخ": "Solagh"}
    report = svc.import_at_once(plan, svc.stage_rows(plan), yes=True)
    assert report["results"]["created"] == 1
    assert session.persons.get("SNJ-00002").origin_village == "Solagh"


def test_her_village_in_sorani_letters_is_no_conflict_with_the_vaults(session, tmp_path):
    """Jamila of Solagh, listed by a Sorani office as of سۆلاخ: her record is updated and
    nothing is noted against her village."""
    jamila = _woman(session, "جميلة", "الياس", "خديدة", "Solagh")
    lst = _sorani_csv(tmp_path / "l3.csv", [["جەمیلە", "ئیلیاس", "خدێدە", "سۆلاخ"]])
    svc = ImportService(session)
    plan = svc.prepare(str(lst))
    rows = svc.stage_rows(plan)
    batch = svc.stage(plan, rows)
    if rows[0].outcome != "certain":
        svc.decide(batch, 2, "update", jamila.case_no)
    report = svc.commit(batch)
    assert report["results"]["updated"] + report["results"]["unchanged"] == 1
    assert report["conflicts"] == []
    assert session.persons.get(jamila.case_no).origin_village == "Solagh"
    assert svc.conflicts_about([jamila.case_no]) == []


# Sorani spellings of known villages that the known spellings (app/importing/values.VILLAGES)
# do not list letter for letter: ۆ, ێ, ە, ڕ, ڵ, ک, and ی for ي.
@pytest.mark.parametrize("typed, kept", [
    ("کوچۆ", "Kocho"), ("دهۆڵا", "Dohola"), ("بۆرەک", "Borek"), ("گرزەرک", "Gir Zerik"),
    ("سیبا شێخ خدڕ", "Siba Sheikh Khidir"), ("حاتمیە", "Hatimiya")])
def test_a_first_sorani_list_keeps_a_known_village_under_its_usual_spelling(
        session, tmp_path, typed, kept):
    lst = _sorani_csv(tmp_path / "l.csv", [["ڤیان", "خەلیل", "عەلی", typed]])
    svc = ImportService(session)
    plan = svc.prepare(str(lst))
    rows = svc.stage_rows(plan)
    assert [r.person.origin_village for r in rows] == [kept]


def test_one_village_in_sorani_and_arabic_letters_in_one_list_is_kept_one_way(session, tmp_path):
    """تل قسب and تەل قەسەب in one list, unknown to the vault and to the known spellings: one
    spelling, the list's most frequent, for both."""
    lst = _sorani_csv(tmp_path / "l.csv", [["ڤیان", "خەلیل", "عەلی", "تل قسب"],
                                           ["نادیە", "موراد", "باسی", "تەل قەسەب"],
                                           ["لەیلا", "خدر", "قاسم", "تل قسب"]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(lst)))
    assert [r.person.origin_village for r in rows] == ["تل قسب"] * 3


def test_a_name_cell_holding_a_sorani_spelling_of_a_vault_village_is_pointed_out(
        session, tmp_path):
    _woman(session, "ليلى", "خلف", "حسن", "دهولا")
    lst = _sorani_csv(tmp_path / "l.csv", [["دهۆڵا", "خەلیل", "عەلی", "کۆچۆ"]])
    svc = ImportService(session)
    rows = svc.stage_rows(svc.prepare(str(lst)))
    assert any("'دهۆڵا' is the name of a village" in w
               for w in notes.loads(rows[0].warnings_json))


@pytest.mark.parametrize("typed", ["صيبا شيخ خدر", "صيبا شيخ خضر", "صيبا"])
def test_siba_written_with_sad_is_siba_sheikh_khidir(typed):
    """صيبا شيخ خدر was kept as typed, and English and court papers printed her village in
    Arabic letters (a tester's day)."""
    from app.importing.values import known_place
    assert known_place(typed) == "Siba Sheikh Khidir"
