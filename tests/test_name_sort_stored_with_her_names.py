"""A sort by name reads an index: each person's names as the lists sort them are stored on save
(persons.sort_latin, sort_original), and a vault made before has them worked out once when it
is opened (format step 12). Sorted in Python instead, the first page by name took 2 to 3 s at
100,000 persons, again after any write (BENCHMARKS.md)."""

from __future__ import annotations

from app.domain.person import NamePart, NameText, Person, Sex
from db import migrations

FAMILY = {NamePart.FATHER: NameText("رشو", "Rasho"), NamePart.GRANDFATHER: NameText("حيدر", "")}
NAMES = [
    {NamePart.GIVEN: NameText("", "Xezal"), **FAMILY},          # given name in Latin only
    {NamePart.GIVEN: NameText("سميرة", ""), **FAMILY},          # ... in Arabic script only
    dict(FAMILY),                                               # given name unknown
    {NamePart.GIVEN: NameText("گولی", "Gulê")},
    {NamePart.NICKNAME: NameText("أم خالد", "")},               # known only by her nickname
    {},                                                         # nothing at all
]


def _stored(conn) -> list[tuple]:
    return conn.execute("SELECT id, sort_latin, sort_original FROM persons ORDER BY id").fetchall()


def _made(session) -> list[str]:
    return [session.persons.create(Person(names=dict(n), sex=Sex.FEMALE,
                                          aliases=["Gule"] if not n else [])).case_no
            for n in NAMES]


def test_a_vault_made_before_gets_the_texts_save_writes(session):
    _made(session)
    conn = session.db.conn
    written = _stored(conn)
    assert all(latin and original for _, latin, original in written)
    # the vault as format 11 had it
    conn.execute("DROP INDEX persons_sort_latin")
    conn.execute("DROP INDEX persons_sort_original")
    conn.execute("ALTER TABLE persons DROP COLUMN sort_latin")
    conn.execute("ALTER TABLE persons DROP COLUMN sort_original")
    for column in ("false_reason", "false_earliest", "false_latest", "false_text"):  # m0013
        conn.execute(f"ALTER TABLE reports DROP COLUMN {column}")
    conn.execute("ALTER TABLE status_events DROP COLUMN dated_by_report")  # m0014
    conn.execute("PRAGMA user_version = 11")
    assert migrations.migrate(conn) == list(range(12, migrations.latest_version() + 1))
    assert _stored(conn) == written


def test_a_page_by_name_is_read_from_an_index_not_sorted(session):
    _made(session)
    for order, index in (("sort_latin", "persons_sort_latin"),
                         ("sort_original", "persons_sort_original")):
        plan = " ".join(r[-1] for r in session.db.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT id FROM persons WHERE merged_into IS NULL "  # noqa: S608
            f"ORDER BY {order}, case_no LIMIT 100 OFFSET 0"))
        assert index in plan and "TEMP B-TREE" not in plan, plan


def test_a_name_changed_is_sorted_by_its_new_name(session):
    xezal, samira, *_ = _made(session)
    before = [r.case_no for r in session.persons.list(order="name")]
    assert before.index(xezal) < before.index(samira)  # Xezal, then سميرة Rasho (Arabic last)
    p = session.persons.get(samira)
    p.name(NamePart.GIVEN).latin = "Samira"
    session.persons.update(p)
    after = [r.case_no for r in session.persons.list(order="name")]
    assert after.index(samira) < after.index(xezal)  # Samira Rasho before Xezal
