"""The relatives a paper's text may name by a given name alone: linked within a few steps."""

from __future__ import annotations

from app.domain.person import Person

# How many relative links away a person is still "her aunt Layla": her mother's sister is two
# links (daughter of, sister of), her cousin three (and a grandmother's sister). A report filed
# under a freed girl, "her aunt Layla is kept in Raqqa, house 45", printed on her court dossier
# where Layla, still held, was linked only as her mother's sister. Every link counts, marriages
# and "other" too: her mother's sister's husband and her husband's sister are within three.
# Beyond the first link a name alone names her only where the text has a kinship word
# (named_in_text.Text.names): read alone at that reach, "summer" was a cousin Samir.
KIN_LINKS = 3


class KinReach:
    """The relatives within KIN_LINKS links of the persons a paper's texts are about, each
    walked once for the paper: a court dossier read them again for every report, operation
    and field (2-3 times slower). Made for one paper, as the links stand while it is made."""

    def __init__(self, records) -> None:
        self.records = records
        self._links: dict[int, set[int]] = {}     # id: the ids linked to her, one link
        self._from: dict[int, dict[int, int]] = {}  # id: {id within reach: links}
        self._persons: dict[int, Person] = {}   # the records read so far, by id

    def within(self, persons: list[Person], most: int = KIN_LINKS) -> dict[int, int]:
        """{id: the fewest links to any of persons} of those linked to them by at most
        most (up to KIN_LINKS) relative links, in either direction and through records merged
        into theirs (records.relatives_with_merged); the persons' own not among them. One
        link is read without walking further: most texts have no kinship word."""
        reach: dict[int, int] = {}
        for p in persons:
            walked = self._walk(p) if most > 1 else dict.fromkeys(self._linked(p), 1)
            for pid, links in walked.items():
                if links > most:
                    continue
                reach[pid] = min(links, reach.get(pid, links))
        own = {p.id for p in persons}
        return {pid: links for pid, links in reach.items() if pid not in own}

    def _walk(self, person: Person) -> dict[int, int]:
        if person.id not in self._from:
            seen, step = {person.id: 0}, [person]
            for links in range(1, KIN_LINKS + 1):
                found = {pid for p in step for pid in self._linked(p)} - set(seen)
                if not found:
                    break
                seen.update(dict.fromkeys(found, links))
                step = self.persons(found) if links < KIN_LINKS else []
            self._from[person.id] = seen
        return self._from[person.id]

    def persons(self, ids) -> list[Person]:
        """The records of these ids, by id, each read once for the paper."""
        missing = sorted(set(ids) - set(self._persons))
        self._persons.update((p.id, p) for p in self.records.persons.get_many(missing))
        return [self._persons[i] for i in sorted(ids) if i in self._persons]

    def _linked(self, p: Person) -> set[int]:
        if p.id not in self._links:
            self._links[p.id] = {link.relative_id
                                 for link, _ in self.records.relatives_with_merged(p)}
        return self._links[p.id]
