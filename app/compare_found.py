"""Her record compared with each record a name search finds: the other record of "Same person
as..." chosen by a name, when its case number is not known."""

from __future__ import annotations

from app.domain.errors import ValidationError
from app.matching_service import DuplicatePair, NotSameDecision

FOUND_COMPARED = 10  # the records found that are compared with her, best search score first


def compared_with_found(session, case_no: str, query: str,
                        limit: int = FOUND_COMPARED) -> list[DuplicatePair]:
    """Her record and each of the first `limit` other records the search for query finds, as
    pairs (MatchingService.pair: scored and explained however low), best pair first."""
    session.persons.get(case_no)  # an unknown case number is said before any search
    pairs = []
    for found in session.search.search(query, limit=limit + 1, typing=False):
        if found.case_no == case_no or len(pairs) == limit:
            continue
        try:
            pairs.append(session.matching.pair(case_no, found.case_no))
        except ValidationError:  # a record merged into another (or into her): not offered
            continue
    return sorted(pairs, key=lambda p: -p.score)


def decided_apart_of(session, pairs: list[DuplicatePair]) -> list[NotSameDecision]:
    """The "not the same person" decisions between the two records of each pair, in the pairs'
    order: said beside a comparison however its other record was chosen (by number or name)."""
    return [d for p in pairs for d in session.matching.decisions_between(p.a.case_no, p.b.case_no)]
