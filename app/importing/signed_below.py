"""A name under a list's signature or total line: the signer's, perhaps; it waits, also with --yes.

Iraqi lists end with a total, then «توقيع مختار القرية» and the headman's name under it (or a
stamp, an official's title, "Prepared by"). The name alone looks like a woman's row: made a
person at once, the mukhtar became a missing woman of unknown sex. Such a row (footer.py finds
it) carries notes.SIGNED_BELOW and waits for a decision of its own: neither --yes nor a bulk
decision in review makes it a person (held.py).
"""

from __future__ import annotations

from app.importing import notes
from db.repositories.importing import StagedRowRecord

_MARK = "the name of whoever signed it"  # in notes.SIGNED_BELOW: a quick look before loading


def signed_below(r: StagedRowRecord) -> tuple[int, str] | None:
    """(row, text) of the footer line a row stands under as a signer's name perhaps, or None."""
    if r.outcome == "rejected" or not r.warnings_json or _MARK not in r.warnings_json:
        return None
    for n in notes.loads(r.warnings_json):
        said = getattr(n, "said", None)
        if said is not None and said.template == notes.SIGNED_BELOW:
            return int(said.values[0]), getattr(said.values[1], "value", str(said.values[1]))
    return None


def signed_text(line: tuple[int, str]) -> str:
    """'below the line on row 14 ('توقيع مختار القرية'): the signer's name, perhaps'."""
    return f"below the line on row {line[0]} ('{line[1]}'): the signer's name, perhaps"
