"""A vault an earlier version imported into, read again once at its first unlock: an age in
words kept as an unreadable birth is read as an age, and a status a list gave with no date is
known by the day of that import, each named in the audit trail; what no list's row brought, a
record in a merge, and a status whose dating would change which is hers are left as they were."""

import json
from datetime import date

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex, Status, StatusEvent
from app.import_reread import REREAD_MARK
from app.importing.service import ImportService
from tests.import_helpers import new_vault, reopen, write_xlsx

HEADER = ["الاسم", "اسم الاب", "اسم الجد", "الجنس", "التولد", "الحالة"]
ROWS = [["ليلى", "خلف", "حسن", "انثى", "عمر 7", "مفقودة"],       # SNJ-00001
        ["نادية", "مراد", "بسي", "انثى", "1990", "ناجية"],       # SNJ-00002
        ["سارة", "الياس", "خديدة", "انثى", "temen 12", "ناجية"]]  # SNJ-00003
TOLD = "2024-05-01T10:00:00Z"  # the day the earlier version imported the list


def _as_an_earlier_version_left_it(folder, tmp_path) -> None:
    """The list imported, then stored as the earlier version stored it: «عمر 7» and «temen 12»
    as text with no date, every status undated, all on 1 May 2024; a birth typed «عمر 9» by
    hand (no list's row wrote it); Sara said sighted by hand since, which her undated rescue
    let stand; two records merged, each with an unread age."""
    s = new_vault(folder)
    svc = ImportService(s)
    plan = svc.prepare(str(write_xlsx(tmp_path / "ngo.xlsx", [("Sheet1", [HEADER, *ROWS])])),
                       source="NGO")
    assert isinstance(svc.import_at_once(plan, svc.stage_rows(plan)), dict)
    s.persons.add_status("SNJ-00003", StatusEvent(Status.SIGHTED, note="seen in Raqqa"))
    by_hand = Person(sex=Sex.FEMALE, birth=FuzzyDate(text="عمر 9"))
    by_hand.name(NamePart.GIVEN).put("جميلة")
    s.persons.create(by_hand)  # SNJ-00004
    plan = svc.prepare(str(write_xlsx(tmp_path / "two.xlsx", [("Sheet1", [
        HEADER, ["خالدة", "علي", "قاسم", "انثى", "عمر 10", ""],
        ["ريم", "دخيل", "خلف", "انثى", "عمر 10", ""]])])), source="Family")
    assert isinstance(svc.import_at_once(plan, svc.stage_rows(plan)), dict)
    s.matching.merge("SNJ-00005", "SNJ-00006", despite_contradiction=True)
    plan = svc.prepare(str(write_xlsx(tmp_path / "more.xlsx", [("Sheet1", [
        HEADER, ["ليلى", "خلف", "", "انثى", "عمر 8", ""]])])), source="Camp")
    waits = svc.import_at_once(plan, svc.stage_rows(plan))
    assert isinstance(waits, int), "a probable match of Layla waits for a decision"
    with s.db.transaction():
        c = s.db.conn
        c.execute("UPDATE persons SET birth_earliest=NULL, birth_latest=NULL, "
                  "birth_text=CASE case_no WHEN 'SNJ-00001' THEN 'عمر 7' WHEN 'SNJ-00003' "
                  "THEN 'temen 12' ELSE 'عمر 10' END WHERE case_no IN "
                  "('SNJ-00001', 'SNJ-00003', 'SNJ-00005', 'SNJ-00006')")
        c.execute("UPDATE status_events SET date_earliest=NULL, date_latest=NULL, "
                  "date_text='', recorded_at=? WHERE note LIKE '«%'", (TOLD,))
        c.execute("UPDATE provenance SET recorded_at=?", (TOLD,))
        c.execute("UPDATE import_rows SET person_json=json_set(person_json, '$.b', "
                  "json_array(NULL, NULL, 'عمر 8')) WHERE batch_id=?", (waits,))
        c.execute("DELETE FROM vault_meta WHERE key=?", (REREAD_MARK,))
    s.close()


def test_an_earlier_import_is_read_again_once_by_the_day_of_its_rows(tmp_path):
    folder = tmp_path / "vault"
    _as_an_earlier_version_left_it(folder, tmp_path)
    s = reopen(folder)
    try:
        layla, nadia, sara, jamila, khalida = (s.persons.get(f"SNJ-0000{n}")
                                               for n in (1, 2, 3, 4, 5))
        # Read as an import of 1 May 2024 read «عمر 7»: no year given, up to that year.
        assert layla.birth == FuzzyDate.year_range(2014 - 8, 2024 - 7, "age 7, year not given")
        assert sara.birth.text == "age 12, year not given"
        assert jamila.birth.text == "عمر 9"  # typed by hand: no list's row wrote it
        assert khalida.birth.text == "عمر 10"  # in a merge: split must give back what it brought
        by_day = FuzzyDate.by(date(2024, 5, 1))
        assert [(e.status, e.date, e.recorded_at) for e in layla.status_events] == [
            (Status.MISSING, by_day, TOLD)]
        assert [(e.status, e.date) for e in nadia.status_events] == [(Status.RESCUED, by_day)]
        # Dated so, her rescue would outrank the sighting told since: she is left as she was.
        assert sara.current_status is Status.SIGHTED
        assert [e.date.is_blank for e in sara.status_events] == [True, False]
        [entry] = [json.loads(e.detail) for e in s.audit.history("vault", "")
                   if e.action == "vault.import_reread"]
        assert [(b["case"], b["was"], b["now"]) for b in entry["births"]] == [
            ("SNJ-00001", "عمر 7", "age 7, year not given"),
            ("SNJ-00003", "temen 12", "age 12, year not given")]
        assert entry["statuses"] == {"2024-05-01": ["SNJ-00001", "SNJ-00002"]}
        assert entry["statuses_left"] == ["SNJ-00003"]
        assert entry["staged_rows"] == 1  # read by the day it was staged: today
        staged = json.loads(s.db.conn.execute("SELECT person_json FROM import_rows r JOIN "
                                              "import_batches b ON b.id = r.batch_id WHERE "
                                              "b.state = 'staged'").fetchone()[0])
        assert FuzzyDate.from_row(*staged["b"]) == FuzzyDate.year_range(
            2014 - 9, date.today().year - 8, "age 8, year not given")
        assert s.audit.verify().ok
    finally:
        s.close()
    s = reopen(folder)  # once: the next unlock finds nothing to do
    try:
        assert sum(e.action == "vault.import_reread" for e in s.audit.history("vault", "")) == 1
    finally:
        s.close()
