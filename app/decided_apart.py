"""A list row's candidates decided "not the same person": she may be one of them, not both."""

from __future__ import annotations

from dataclasses import dataclass

from app.matching_service import NotSameDecision, Proposal


@dataclass(frozen=True)
class Apart:
    """Two candidates of one row (live records, the better first) and the decision that keeps
    them apart: on them, or on a record merged into either (then named in the decision)."""

    first: str
    second: str
    decision: NotSameDecision

    def to_dict(self) -> dict:
        return {"candidates": [self.first, self.second], **self.decision.to_dict()}

    def line(self) -> str:
        return f"{self.decision.describe()}: this row may be one of them, not both"


def decided_apart(matching, found: list[list[Proposal]]) -> list[list[Apart]]:
    """For each row's candidates (as match_rows gives them): the pairs of them decided not the
    same person."""
    return apart_among(matching, [[x.case_no for x in cands] for cands in found])


def apart_among(matching, found: list[list[str]]) -> list[list[Apart]]:
    """For each row's candidates (case numbers of live records, the better first): the pairs
    of them decided not the same person; `match` and `review` say them alike. Decisions are
    few beside a list's rows: they are read once, and each pair's details only for the pairs
    that meet in a row."""
    pairs = matching.repo.not_same_groups()  # live record ids, merged records' decisions too
    if not pairs:
        return [[] for _ in found]
    case = matching.persons.repo.case_numbers(sorted({pid for pair in pairs for pid in pair}))
    apart = {frozenset((case[a], case[b])) for a, b in pairs if a in case and b in case}
    said: dict[tuple[str, str], list[NotSameDecision]] = {}
    out = []
    for cands in found:
        row = []
        for i, x in enumerate(cands):
            for y in cands[i + 1:]:
                key = (x, y)
                if frozenset(key) not in apart:
                    continue
                if key not in said:
                    said[key] = matching.decisions_between(*key)
                row += [Apart(x, y, d) for d in said[key]]
        out.append(row)
    return out
