"""What `person add` says after saving a person the vault may already hold: the records she
may be, best first, and the commands that compare, join or keep them apart."""

from __future__ import annotations

from app.cli.named import known_as_said
from app.domain.person import names_shown


def similar_lines(case_no: str, similar: list) -> list[str]:
    """Lines for stderr: each record (Proposal) with its score and why, then what to do."""
    if not similar:
        return []
    best = similar[0].case_no
    many = len(similar) > 1
    lines = [f"note: {case_no} was added, but {'these records' if many else 'this record'} "
             f"may be the same person:"]
    for c in similar:
        # a record known by a kunya alone, by it: her names were blank
        names = "  ".join(n for n in names_shown(c) if n) or known_as_said(c.known_as)
        lines.append(f"  {c.score.score:.2f}  {c.case_no}  {names}  ({c.score.summary_with_values()})")
    # The record already in the vault is kept: hers came second, and its number was given out
    # first (a dossier or a family may know it).
    # A merge is refused where the two disagree on a field that tells two people apart
    # (ئیڤین against Evîn, given names only partly alike): said here, with how to go ahead,
    # not a command that then refuses.
    doubts = [f.field for f in similar[0].score.merge_doubts()]
    merge = f"casekeeper merge {best} {case_no}"
    same = (f"  the same person: {merge} (undo: casekeeper split {case_no})" if not doubts else
            f"  the same person, although they disagree on {', '.join(doubts)}: {merge} "
            f"--despite-contradiction (undo: casekeeper split {case_no})")
    lines += [f"  compare: casekeeper person show {best}; casekeeper duplicates", same,
              f"  not the same (a sister, a cousin): casekeeper not-same {best} {case_no} "
              "--note WHY"]
    if many:
        lines.append(f"  (for another record, its case number in place of {best})")
    return lines
