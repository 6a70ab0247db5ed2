"""A read-only look for statuses resting on a report about none of the records she stands for."""

from __future__ import annotations


def statuses_on_others_reports(session) -> list[dict]:
    """Each status of a record (merged ones with her) resting on a report about none of the
    records she stands for: a split by a version before splits moved such statuses left the
    sighting on the kept record, on the wrong woman. Only listed, nothing changed: the lawyer
    may since have put it right or told the woman's own news, which an automatic move undid."""
    persons, records = session.persons, session.records
    found, about_cache = [], {}
    for p in persons.iter_all():
        ids = {p.id, *(i for i, _ in persons.repo.merged_beneath(p.id))}
        for ev in p.status_events:
            rid = ev.report_id
            if rid is None or ev.rescue_id is not None:
                continue  # a rescue's status rests on the rescue, not on the report
            if rid not in about_cache:
                about_cache[rid] = list(records.get_report(rid).person_ids)
            about = about_cache[rid]
            if about and not set(about) & ids:
                found.append({"case_no": p.case_no, "status": ev.status.value,
                              "date": ev.date.text or ev.date.display(), "report": rid,
                              "report_about": [persons.get_by_id(i).case_no for i in about]})
    return found
