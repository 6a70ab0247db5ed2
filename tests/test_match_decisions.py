"""Decision memory in a real vault: "same person" merges that can be split again and keep both
records' sources, "not the same person" that is never proposed again, all in the audit trail;
and matching a new list against the vault without changing it."""

import json

import pytest

from app.domain.errors import ValidationError
from app.domain.fuzzydate import FuzzyDate
from app.domain.person import NamePart, Person, Sex, Status, StatusEvent
from db.repositories.persons import PersonFilter


def make(session, *names, sex=Sex.FEMALE, born="", village="", aliases=(), statuses=()):
    p = Person(sex=sex, origin_village=village, aliases=list(aliases),
               status_events=[StatusEvent(Status(st), FuzzyDate.parse(when), note)
                              for st, when, note in statuses])
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY), names, strict=False):
        for form in text.split("/"):
            p.name(part).put(form)
    if born:
        p.birth = FuzzyDate.parse(born)
    return session.persons.create(p)


def actions(session, case_no):
    return [row.action for row in session.persons.history(case_no)]


@pytest.fixture
def pair(session):
    a = make(session, "نادية", "مراد", "باسي", "طه", born="1993")
    b = make(session, "Nadia", "Murad", "Basee", village="Kocho", aliases=["Nado"])
    make(session, "Jamila", "Murad", "Basi", "Taha", born="1990")   # her sister
    return a, b


def test_duplicates_proposes_the_pair_and_not_the_sister(session, pair):
    a, b = pair
    found = session.matching.duplicates()
    assert [(d.a.case_no, d.b.case_no) for d in found] == [(a.case_no, b.case_no)]
    fields = {f.field: f.verdict for f in found[0].a.score.fields}
    assert fields["given"] == "match" and fields["family"] == "blank"


def test_not_same_is_never_proposed_again_and_is_audited(session, pair):
    a, b = pair
    assert session.matching.not_same(b.case_no, a.case_no, note="different mothers")
    assert session.matching.duplicates() == []
    assert "match.not_same" in actions(session, b.case_no)
    assert session.matching.not_same(a.case_no, b.case_no) is False  # already remembered
    assert session.matching.not_same(a.case_no, b.case_no, undo=True)
    assert len(session.matching.duplicates()) == 1


def test_merge_keeps_both_records_and_split_restores_them(session, pair):
    a, b = pair
    keep = session.matching.merge(a.case_no, b.case_no, note="same mother named by family").kept
    # the kept record gained the other's spellings and what it lacked
    assert {"Nadia", "Murad", "Basee", "Nado"} <= set(keep.aliases) | {
        keep.names[NamePart.GIVEN].latin, keep.names[NamePart.FATHER].latin,
        keep.names[NamePart.GRANDFATHER].latin}
    assert keep.origin_village == "Kocho"
    merged = session.persons.get(b.case_no)
    assert merged.merged_into == keep.id              # still there, with its own data
    assert merged.names[NamePart.GIVEN].latin == "Nadia"
    assert session.matching.merged_into(a.case_no) == [b.case_no]
    # search finds the person once, through the kept record, by either spelling
    assert [r.case_no for r in session.search.search("Nado", typing=False)] == [a.case_no]
    assert session.matching.duplicates() == []
    assert "person.merge" in actions(session, a.case_no)
    assert "person.merged_into" in actions(session, b.case_no)

    keep, back, _left = session.matching.split(b.case_no)
    assert back.merged_into is None
    restored = session.persons.get(a.case_no)
    assert restored.origin_village == "" and restored.aliases == []
    assert restored.names[NamePart.GIVEN].latin == ""  # filled by the merge, taken back
    assert set(r.case_no for r in session.search.search("Nadia", typing=False)) == {
        a.case_no, b.case_no}
    assert "person.split" in actions(session, a.case_no)


def audit_detail(session, case_no, action):
    (row,) = [r for r in session.persons.history(case_no) if r.action == action]
    return json.loads(row.detail)


def statuses(person):
    return [(ev.status.value, ev.date.text, ev.note) for ev in person.status_events]


def test_merge_brings_the_other_records_status_history_and_split_takes_it_back(session):
    rescued = make(session, "Jamila", "Murad", "Basi", statuses=[
        ("missing", "03/08/2014", ""), ("rescued", "2017", "handed over in Duhok")])
    duplicate = make(session, "Jamila", "Mourad", statuses=[("missing", "", "as listed")])
    own = statuses(rescued)
    result = session.matching.merge(duplicate.case_no, rescued.case_no)
    kept = session.persons.get(duplicate.case_no)
    # her rescue is in the kept record's history, and her current status is derived from both
    assert statuses(kept) == [("missing", "", "as listed"), *own]
    assert kept.current_status is Status.RESCUED
    assert result.kept.current_status is Status.RESCUED
    assert [p.case_no for p in session.persons.list(PersonFilter(status="rescued"))] == [
        duplicate.case_no]
    assert session.persons.list(PersonFilter(status="missing")) == []
    # the two records said different things: the result says so, and which became current
    assert (result.kept_status, result.merged_status) == (Status.MISSING, Status.RESCUED)
    assert result.statuses_differ and result.current_status is Status.RESCUED
    assert [ev.status for ev in result.status_events] == [Status.MISSING, Status.RESCUED]
    # the merged record keeps its own history
    assert statuses(session.persons.get(rescued.case_no)) == own
    # the audit entry says what came over
    detail = audit_detail(session, duplicate.case_no, "person.merge")
    assert [(e["status"], e["date"], e["note"]) for e in detail["status_events"]] == own
    assert detail["statuses"] == {duplicate.case_no: "missing", rescued.case_no: "rescued",
                                  "current": "rescued"}
    assert detail["changes"]["status"] == ["missing", "rescued"]

    # a status told after the merge is hers; the split takes back exactly what the merge brought
    session.persons.add_status(duplicate.case_no,
                               StatusEvent(Status.SIGHTED, FuzzyDate.parse("2016")))
    keep, back, _left = session.matching.split(rescued.case_no)
    assert statuses(keep) == [("missing", "", "as listed"), ("sighted", "2016", "")]
    assert keep.current_status is Status.SIGHTED
    assert statuses(session.persons.get(duplicate.case_no)) == statuses(keep)
    assert statuses(back) == own and back.current_status is Status.RESCUED
    detail = audit_detail(session, duplicate.case_no, "person.split")
    assert [(e["status"], e["date"], e["note"]) for e in detail["status_events"]] == own
    assert detail["changes"]["status"] == ["rescued", "sighted"]


def test_merging_records_that_agree_or_have_no_status_says_nothing_differs(session):
    a = make(session, "Layla", "Khidir", statuses=[("missing", "2014", "")])
    b = make(session, "Leyla", "Xidir", statuses=[("missing", "", "as listed: missing")])
    c = make(session, "Layla", "Khidir", "Ali")
    result = session.matching.merge(a.case_no, b.case_no)
    assert not result.statuses_differ and result.current_status is Status.MISSING
    assert len(session.persons.get(a.case_no).status_events) == 2
    result = session.matching.merge(c.case_no, a.case_no)   # c has no status of her own
    assert result.kept_status is None and not result.statuses_differ
    assert session.persons.get(c.case_no).current_status is Status.MISSING
    assert "statuses" not in audit_detail(session, c.case_no, "person.merge")
    session.matching.split(a.case_no)
    assert session.persons.get(c.case_no).status_events == []


def test_the_records_merged_into_a_person_and_where_her_statuses_came_from(session):
    a = make(session, "Nadia", "Murad", statuses=[("sighted", "2015", "Raqqa")])
    b = make(session, "Nadiya", "Mourad", statuses=[("rescued", "2017", "")])
    c = make(session, "Nadia", "Murad", "Basi", statuses=[("missing", "08/2014", "")])
    session.matching.merge(a.case_no, b.case_no)
    session.matching.merge(c.case_no, a.case_no)   # a, with b behind it, goes behind c
    found = session.matching.merged_records(c.case_no)
    assert [(m.person.case_no, m.into_case_no) for m in found] == [
        (a.case_no, c.case_no), (b.case_no, a.case_no)]
    kept = session.persons.get(c.case_no)
    assert kept.current_status is Status.RESCUED
    # b's rescue is b's, though it came to c through a (as b's reports are marked)
    assert session.matching.status_sources(kept) == [None, a.case_no, b.case_no]
    assert session.matching.status_sources(session.persons.get(a.case_no)) == [None, b.case_no]
    assert session.matching.merged_records(b.case_no) == []
    # b's rescue reached c through a: b cannot come back on her own while c still holds it
    with pytest.raises(ValidationError, match=f"split {a.case_no} out of {c.case_no} first"):
        session.matching.split(b.case_no)
    assert session.persons.get(c.case_no).current_status is Status.RESCUED
    session.matching.split(a.case_no)
    assert session.persons.get(c.case_no).current_status is Status.MISSING
    session.matching.split(b.case_no)
    assert statuses(session.persons.get(a.case_no)) == [("sighted", "2015", "Raqqa")]


def test_merge_refuses_self_and_double_merge(session, pair):
    a, b = pair
    with pytest.raises(ValidationError):
        session.matching.merge(a.case_no, a.case_no)
    session.matching.merge(a.case_no, b.case_no)
    with pytest.raises(ValidationError):
        session.matching.merge(a.case_no, b.case_no)
    with pytest.raises(ValidationError):
        session.matching.split(a.case_no)


def test_matching_a_list_proposes_candidates_in_row_order_without_writing(session, pair):
    a, b = pair
    before = session.audit.head()
    rows = [Person(), Person(), Person()]
    rows[0].name(NamePart.GIVEN).put("Jamila")
    rows[0].name(NamePart.FATHER).put("مراد")
    rows[0].name(NamePart.GRANDFATHER).put("Basi")
    rows[1].name(NamePart.GIVEN).put("Zzyzx")
    rows[2].name(NamePart.GIVEN).put("نادية")
    rows[2].name(NamePart.FATHER).put("Murad")
    rows[2].name(NamePart.GRANDFATHER).put("Basi")
    out = session.matching.match_rows(rows)
    assert len(out) == 3
    assert out[0][0].name_latin.startswith("Jamila")
    assert out[1] == []
    assert {c.case_no for c in out[2][:2]} == {a.case_no, b.case_no}
    assert out[2][0].score.score >= out[2][-1].score.score
    assert session.audit.head() == before


def test_deleting_a_person_deletes_the_records_merged_into_her(session, pair):
    a, b = pair
    session.matching.merge(a.case_no, b.case_no)
    assert session.persons.delete(a.case_no, reason="entered by mistake") == [b.case_no]
    left = {p.case_no for p in session.persons.iter_all(include_merged=True)}
    assert a.case_no not in left and b.case_no not in left
    assert session.search.search("Nado", typing=False) == []
    entries = {r.entity_ref: json.loads(r.detail) for r in session.audit.history("person", a.case_no)
               + session.audit.history("person", b.case_no) if r.action == "person.delete"}
    assert entries[a.case_no]["merged"] == [b.case_no]
    assert entries[b.case_no]["with"] == a.case_no


def test_deleting_a_chain_of_merges_deletes_every_record_behind_the_survivor(session, pair):
    a, b = pair
    c = make(session, "Nadya", "Mourad", "Basi", born="1993")
    session.matching.merge(a.case_no, b.case_no)
    session.matching.merge(c.case_no, a.case_no)   # a, with b behind it, goes behind c
    assert session.persons.delete(c.case_no) == [a.case_no, b.case_no]
    assert [p.case_no for p in session.persons.iter_all(include_merged=True)] == ["SNJ-00003"]


def test_a_merged_record_is_split_out_before_it_can_be_deleted(session, pair):
    a, b = pair
    session.matching.merge(a.case_no, b.case_no)
    with pytest.raises(ValidationError, match=f"merged into {a.case_no}: split it out first"):
        session.persons.delete(b.case_no)
    assert session.matching.merged_into(a.case_no) == [b.case_no]   # nothing changed
    session.matching.split(b.case_no)
    assert session.persons.delete(b.case_no) == []
    assert session.persons.get(a.case_no).aliases == []            # the split took them back


def decided(session, x, y):
    """Whether the pair's own not-same decision is stored (undone and made again to tell)."""
    if session.matching.not_same(x.case_no, y.case_no, undo=True):
        session.matching.not_same(x.case_no, y.case_no, note="put back by the test")
        return True
    return False


def test_merge_refuses_a_pair_marked_not_the_same_and_names_the_decision(session, pair):
    a, b = pair
    session.matching.not_same(a.case_no, b.case_no, note="cousins")
    day = session.persons.history(a.case_no)[-1].at[:10]
    with pytest.raises(ValidationError, match=f"marked not the same person on {day}.*cousins"):
        session.matching.merge(a.case_no, b.case_no)
    assert session.persons.get(b.case_no).merged_into is None
    assert "person.merge" not in actions(session, a.case_no)
    # told it is the same person after all: the decision is withdrawn, in the audit trail
    session.matching.merge(a.case_no, b.case_no, despite_decision=True)
    detail = audit_detail(session, a.case_no, "match.not_same_withdrawn")
    assert detail["other"] == b.case_no and detail["note"] == "cousins"


def test_a_split_gives_back_the_not_same_decision_the_merge_withdrew(session, pair):
    a, b = pair
    session.matching.not_same(a.case_no, b.case_no, note="cousins")
    session.matching.merge(a.case_no, b.case_no, despite_decision=True)
    session.matching.split(b.case_no)
    assert session.matching.duplicates() == []
    assert session.matching.decisions_between(a.case_no, b.case_no)[0].note == "cousins"
    assert "match.not_same_restored" in actions(session, a.case_no)
    assert decided(session, a, b)


def test_a_not_same_decision_holds_for_the_records_merged_into_either(session, pair):
    a, b = pair
    c = make(session, "Nadya", "Mourad", "Basi", born="1993")
    session.matching.not_same(a.case_no, b.case_no, note="cousins")
    session.matching.merge(c.case_no, b.case_no)        # b goes behind c
    assert [(d.a.case_no, d.b.case_no) for d in session.matching.duplicates()] == []
    with pytest.raises(ValidationError, match=f"{b.case_no} .*merged into {c.case_no}.*cousins"):
        session.matching.merge(a.case_no, c.case_no)
    assert session.persons.get(c.case_no).merged_into is None
    # split again, c is her own record: only a and b were decided on
    session.matching.split(b.case_no)
    assert {(d.a.case_no, d.b.case_no) for d in session.matching.duplicates()} == {
        (a.case_no, c.case_no), (b.case_no, c.case_no)}


def test_not_same_is_refused_for_records_merged_into_one(session, pair):
    a, b = pair
    c = make(session, "Nadya", "Mourad", "Basi", born="1993")
    session.matching.merge(a.case_no, b.case_no)
    session.matching.merge(a.case_no, c.case_no)
    for x, y in ((a, b), (b, a), (b, c)):
        with pytest.raises(ValidationError, match="merged into.*split"):
            session.matching.not_same(x.case_no, y.case_no)
    session.matching.split(b.case_no)
    assert session.matching.not_same(a.case_no, b.case_no)


def twins(session):
    """Samira and her twin brother Samir: one father, grandfather, clan, village and year."""
    samira = make(session, "سميرة/Samira", "خلف/Khalaf", "رشو/Rasho", "Mandkan", born="2004",
                  village="Kocho")
    samir = make(session, "سمير/Samir", "خلف/Khalaf", "رشو/Rasho", "Mandkan", born="2004",
                 village="Kocho", sex=Sex.MALE, aliases=["Sameer"])
    return samira, samir


def test_merge_refuses_a_sister_and_her_brother_until_told_and_audits_it(session):
    """`merge` joined Samira (F) and her twin brother Samir (M) without a word and gave her his
    names as hers."""
    samira, samir = twins(session)
    with pytest.raises(ValidationError) as refused:
        session.matching.merge(samira.case_no, samir.case_no)
    said, score = str(refused.value), refused.value.score.score
    assert said.startswith(f"{samira.case_no} and {samir.case_no} disagree on ")
    assert f"sex ({samira.case_no} 'F', {samir.case_no} 'M')" in said
    assert f"; score {score:.3f}: " in said
    assert "sex" in [f.field for f in refused.value.fields]
    assert session.persons.get(samir.case_no).merged_into is None
    assert session.persons.get(samira.case_no).aliases == []
    assert "person.merge" not in actions(session, samira.case_no)
    assert session.matching.contradictions_between(samira.case_no, samir.case_no)[0] == \
        refused.value.fields

    # told they are one person after all: merged, and the audit trail says what disagreed
    result = session.matching.merge(samira.case_no, samir.case_no, note="one child, two lists",
                                    despite_contradiction=True)
    assert "Samir" in result.kept.aliases
    assert result.contradictions == tuple(refused.value.fields)
    score = round(score, 3)
    fields = [{"field": f.field, samira.case_no: f.left, samir.case_no: f.right}
              for f in refused.value.fields]
    assert {"field": "sex", samira.case_no: "F", samir.case_no: "M"} in fields
    assert audit_detail(session, samira.case_no, "person.merge")["contradicts"] == {
        "score": score, "fields": fields}
    assert audit_detail(session, samir.case_no, "person.merged_into")["contradicts"] == {
        "score": score, "fields": fields}
    assert result.to_dict()["contradictions"] == {"score": score, "fields": fields}
    assert session.audit.verify().ok
    session.matching.split(samir.case_no)
    assert session.persons.get(samira.case_no).aliases == []


def test_merge_refuses_another_mothers_daughter_and_not_a_clan_or_a_year(session):
    """The mother's name tells two women of one father apart; a clan named by a branch, a birth
    year or a sex left blank does not."""
    first = make(session, "Layla", "Murad", "Basi", "Dakhi", born="1990")
    second = make(session, "Layla", "Murad", "Basi", "Dakhi", born="1990")
    first.name(NamePart.MOTHER).put("Khansa")
    second.name(NamePart.MOTHER).put("Gule")
    session.persons.update(first)
    session.persons.update(second)
    with pytest.raises(ValidationError, match=f"mother's name \\({first.case_no} 'Khansa', "
                                              f"{second.case_no} 'Gule'\\)"):
        session.matching.merge(first.case_no, second.case_no)

    third = make(session, "Nadia", "Murad", "Basi", "Mandkan", born="1993")
    fourth = make(session, "Nadia", "Murad", "Basi", "Dakhi", born="1999", sex=Sex.UNKNOWN)
    assert session.matching.contradictions_between(third.case_no, fourth.case_no)[0] == []
    result = session.matching.merge(third.case_no, fourth.case_no)
    assert result.contradictions == ()
    assert "contradicts" not in audit_detail(session, third.case_no, "person.merge")
