"""A demo vault's rescues give the women they free their statuses, as `rescue add` does, and
no status of theirs contradicts them: its rescues said "gave: not said (recorded before a
rescue gave a status)", and DEMO-00001 was sighted though handed over (a tester found)."""

from __future__ import annotations

from app.demo import populate
from app.domain.person import Status
from app.vault import KdfParams, create_vault


def test_each_woman_a_demo_rescue_frees_is_rescued_then_reunited_by_it(tmp_path):
    session, _ = create_vault(tmp_path / "v", "demo passphrase", "DEMO", KdfParams.fast(),
                              synthetic=True)
    populate(session, 300)
    rescues = session.records.list_rescues()
    assert len(rescues) == 8
    for op in rescues:
        assert op.gives_status == "rescued", op.id
        for person in session.persons.get_many(op.person_ids):
            assert person.current_status is Status.REUNITED, (op.id, person.case_no)
            # freed or dead by her own statuses, or held after it: none contradicts it
            own = [e for e in person.status_events if e.rescue_id != op.id
                   and (e.status in (Status.RESCUED, Status.REUNITED, Status.DECEASED)
                        or e.date.latest >= op.date.latest)]
            assert not own, (op.id, person.case_no, own)
            # nor a sighting of her the demo reports
            seen = [r.id for r in session.records.list_reports() if person.id in r.person_ids
                    and r.observed.latest >= op.date.latest]
            assert not seen, (op.id, person.case_no, seen)
    first = session.persons.get("DEMO-00001")
    assert [e.status for e in first.status_events][-2:] == [Status.RESCUED, Status.REUNITED]
    session.close()
