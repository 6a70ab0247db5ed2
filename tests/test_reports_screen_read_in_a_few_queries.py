"""The desktop's Reports screen reads its list in the same few queries for 40 reports as for 4:
it read each report on its own (two queries a report) and every person they name whole, and
940 reports took the vault a second. A merged record is still named by the record it is part
of now, with its own number."""

from __future__ import annotations

from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, NameText, Person, Sex
from app.domain.records import Report
from ui.records_view import _all_reports


def _queries(s) -> tuple[int, tuple]:
    seen: list[str] = []
    s.db.conn.set_trace_callback(seen.append)
    try:
        listed = _all_reports(s)
    finally:
        s.db.conn.set_trace_callback(None)
    return len(seen), listed


def _report(day: str, ids: list[int]) -> Report:
    return Report(received=FuzzyDate.parse(day), place="Raqqa", text="seen at the market",
                  source_code="K7", credibility=2, person_ids=ids)


def test_forty_reports_are_read_in_as_many_queries_as_four(session):
    s = session
    ids = [s.persons.create(Person(names={NamePart.GIVEN: NameText(ar, latin)},
                                   sex=Sex.FEMALE)).id
           for ar, latin in (("نادية", "Nadia"), ("ليلى", "Layla"), ("غزال", "Xezal"),
                             ("بسمة", "Basma"), ("جيهان", "Jihan"))]
    s.matching.merge("SNJ-00001", "SNJ-00005", despite_contradiction=True)
    for n in range(4):
        s.records.add_report(_report(f"2019-03-{n + 1:02d}", [ids[n], ids[n + 1]]))
    few, _ = _queries(s)
    for n in range(36):
        s.records.add_report(_report(f"2020-{n % 12 + 1:02d}-15", [ids[n % 4]]))
    many, listed = _queries(s)
    assert many == few <= 8
    reports = listed[0]
    assert len(reports) == 40 and reports[-1].received.text == "2019-03-01"
    assert reports[-1].person_ids == ids[:2] and reports[-4].person_ids == ids[3:5]


def test_a_merged_record_is_named_by_the_record_it_is_part_of_now(session):
    s = session
    ids = [s.persons.create(Person(names={NamePart.GIVEN: NameText("", latin)},
                                   sex=Sex.FEMALE)).id for latin in ("Nadia", "Layla", "Nadya")]
    s.matching.merge("SNJ-00001", "SNJ-00003", despite_contradiction=True)
    s.records.add_report(_report("2019-03-01", [ids[1], ids[2]]))
    reports, kept, own = s.records.reports_newest_listed(10)
    assert [r.person_ids for r in reports] == [ids[1:]]
    assert kept == {ids[2]: "SNJ-00001"}
    assert own == {ids[1]: "SNJ-00002", ids[2]: "SNJ-00003"}
