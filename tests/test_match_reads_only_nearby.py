"""A short list (New person's check) is matched against only the records its rows can meet,
read through the search index, and gets exactly the candidates the whole vault gives."""

import pytest

from app.demo import DemoFactory
from app.domain.person import NamePart, Person, Sex
from app.matching.blocking import BlockIndex
from app.search_service import INDEX_MARK
from app.vault import create_vault
from db.keyslots import KdfParams
from tests.conftest import PASSPHRASE


def person(*names: str, sex: Sex = Sex.FEMALE) -> Person:
    p = Person(sex=sex)
    for part, text in zip((NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER,
                           NamePart.FAMILY), names, strict=False):
        if text:
            p.name(part).put(text)
    return p


# Rows that take the unusual roads into a block: a given name alone and a given name with her
# grandfather only (weak keys), a whole name typed in the given name's cell (read word by
# word), a name repeated in one cell (one word in the index, two places in her name), Arabic
# and Latin parts mixed in one row. Every candidate scored is compared, however low.
ODD_ROWS = [
    person("Nadia"),
    person("نادية"),
    person("Nadia", "", "Murad"),
    person("Hassan Hassan Ali"),
    person("Hassan", "Hassan", "Ali"),
    person("Hassan", "Hassan"),
    person("Khalil Elias Hassan"),
    person("خليل", "Elias", "حسن"),
    person("Xelîl", "Îlyas", "Hesen", "Haskani"),
]
ODD_VAULT = [
    person("Nadia", sex=Sex.FEMALE),
    person("Nadia", "", "Murad"),
    person("Hassan Hassan Ali"),
    person("Hassan", "", "Ali"),
    person("Hassan Hassan"),
    person("Khalil Elias Hassan"),
    person("خليل", "الياس", "حسن", "الحسكاني"),
]


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nearby") / "vault"
    s, _ = create_vault(folder, PASSPHRASE, "SNJ", KdfParams.fast(), synthetic=True)
    people = [p for p, _dup in DemoFactory(2014).persons(1500)] + ODD_VAULT
    s.persons.create_many(iter(people), len(people))
    global KNOWN
    KNOWN = people[:150]
    yield s
    s.close()


KNOWN: list[Person] = []


def rows() -> list[Person]:
    """Women of the vault as other lists spell them, strangers of the same name stock, and
    the odd rows."""
    factory = DemoFactory(7)
    respelt = [factory.duplicate_of(p) for p in KNOWN]
    strangers = [p for p, _dup in factory.persons(60)]
    return respelt + strangers + ODD_ROWS


def whole_vault_answers(s, rows_: list[Person]) -> list[list[tuple[str, dict]]]:
    index = BlockIndex()
    people = {p.id: p for p in s.matching.repo.iter_for_matching()}
    for pid, p in people.items():
        index.add(pid, p)
    return [[(people[c.id].case_no, c.score.to_dict())
             for c in index.best_matches(r, 25, 0.0)] for r in rows_]


def test_each_row_gets_what_the_whole_vault_gives(vault):
    rows_ = rows()
    expected = whole_vault_answers(vault, rows_)
    assert sum(map(len, expected)) > len(KNOWN)  # the rows do meet records
    for row, want in zip(rows_, expected, strict=True):
        [got] = vault.matching.match_rows([row], limit=25, min_score=0.0)
        assert [(c.case_no, c.score.to_dict()) for c in got] == want, row.names


def test_a_short_list_reads_a_part_of_the_vault(vault):
    total = vault.persons.count()
    row = rows()[0]
    read = vault.matching.persons_near([row])
    assert read is not None and 0 < len(read) < total / 3
    [found] = vault.matching.match_rows([row])
    assert {c.case_no for c in found} <= {p.case_no for p in read.values()}


def test_an_index_of_an_older_version_is_not_trusted(vault):
    old = vault.meta.get(INDEX_MARK)
    try:
        with vault.db.transaction():
            vault.meta.set(INDEX_MARK, "3")
        assert vault.matching.persons_near([rows()[0]]) is None
    finally:
        with vault.db.transaction():
            vault.meta.set(INDEX_MARK, old)


def test_records_merged_away_are_not_read(vault):
    a, b = vault.persons.create_many(iter([person("Zozan", "Qasim", "Murad", "Haskani"),
                                           person("Zozan", "Qasim", "Murad", "Haskani")]), 2)
    vault.matching.merge(a, b)
    read = vault.matching.persons_near([person("Zozan", "Qasim", "Murad")])
    assert {p.case_no for p in read.values()} & {a, b} == {a}
