"""Splitting a full name written in one cell into given, father, grandfather and family names."""

from __future__ import annotations

from app.domain.person import FULL_NAME_ORDER, NamePart

# Words that belong to the name after them: عبد الله, أبو بكر, Abdul Rahman, bin Laden, Al Dakhi.
_JOIN_NEXT = {"عبد", "ابو", "أبو", "ابي", "أبي", "بن", "بنت", "ال", "abd", "abdul", "abdel",
              "abu", "bin", "ibn", "bint", "al", "el", "ul", "abo", "evd", "ebdul"}
_FAMILY_PREFIXES = ("ال", "al-", "el-", "al ", "el ")


def _tokens(text: str) -> list[str]:
    words = text.replace("\u200c", " ").split()
    out: list[str] = []
    carry = ""
    for w in words:
        if carry:
            out.append(f"{carry} {w}")
            carry = ""
        elif w.casefold() in _JOIN_NEXT:
            carry = w
        else:
            out.append(w)
    if carry:
        out.append(carry)
    return out


def split_full_name(text: str) -> dict[NamePart, str]:
    """'خليل حسن علي الدخي' -> given, father, grandfather, family.

    One word is a given name; two are given + father; three add the grandfather unless the last
    looks like a family or clan name (al-, ال); words beyond four stay with the family name.
    """
    parts = _tokens(" ".join(text.split()))
    if not parts:
        return {}
    last = parts[-1].casefold()
    family_like = len(parts) in (2, 3) and last.startswith(_FAMILY_PREFIXES) and len(last) > 3
    if len(parts) == 1:
        return {NamePart.GIVEN: parts[0]}
    if family_like:
        head = dict(zip(FULL_NAME_ORDER, parts[:-1], strict=False))
        head[NamePart.FAMILY] = parts[-1]
        return head
    out = dict(zip(FULL_NAME_ORDER[:3], parts[:3], strict=False))
    if len(parts) > 3:
        out[NamePart.FAMILY] = " ".join(parts[3:])
    return out
