"""The relatives a paper's text may name by a given name alone: linked within a few steps."""

from __future__ import annotations

from app.domain.person import Person

# How many relative links away a person is still "her aunt Layla": her mother's sister is two
# links (daughter of, sister of), her cousin three (and a grandmother's sister). A report filed
# under a freed girl, "her aunt Layla is kept in Raqqa, house 45", printed on her court dossier
# where Layla, still held, was linked only as her mother's sister. Not further: past a cousin
# the links run through marriages into the next families of a village, whose given names a
# text would name by chance, and no kinship word (kin_words.py) reaches so far.
KIN_LINKS = 3


def kin_within(records, persons: list[Person], links: int = KIN_LINKS) -> set[int]:
    """The ids of the persons linked to these by at most `links` relative links, in either
    direction and through records merged into theirs (records.relatives_with_merged), each as
    kept now; the persons' own not among them."""
    own = {p.id for p in persons}
    seen, step = set(own), list(persons)
    for _ in range(links):
        found = {link.relative_id for p in step
                 for link, _ in records.relatives_with_merged(p)} - seen
        if not found:
            break
        seen |= found
        step = records.persons.get_many(sorted(found))
    return seen - own
