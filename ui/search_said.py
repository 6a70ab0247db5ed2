"""What the persons list says of the matches a search did not show: more than the list holds, or
left out by a filter only for a value their record does not give.

Each string is a literal QCoreApplication.translate call so that pyside6-lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import Phrase, filled


def _not_given() -> dict[str, str]:
    """A field a filter asked about, as said when her record does not give it."""
    return {"status": QCoreApplication.translate("SearchSaid", "status unknown"),
            "sex": QCoreApplication.translate("SearchSaid", "sex unknown"),
            "village": QCoreApplication.translate("SearchSaid", "no village recorded"),
            "birth": QCoreApplication.translate("SearchSaid", "no birth recorded"),
            "abduction": QCoreApplication.translate("SearchSaid", "no abduction date recorded")}


def matches_head(shown: int, more: int, exact: bool) -> str:
    """The list's count while a search is typed, when more matched than it holds: how many,
    and what to do (type more of her name); '' when it holds every match."""
    if more <= 0:
        return ""
    if exact:
        return filled(QCoreApplication.translate(
            "SearchSaid", "%1 of %2 matches shown, best first: type more of her name to narrow "
                          "them"), shown, shown + more)
    return filled(QCoreApplication.translate(
        "SearchSaid", "%1 matches shown, best first, and at least %2 more matched: type more of "
                      "her name to narrow them"), shown, more)


def listed_unrecorded_said(n: int, fields: tuple[str, ...]) -> str:
    """Under a list by the filters alone: '3 records with no abduction date recorded are left
    out by the filters, which cannot tell whether they fit; clear that filter to see them'."""
    if not n:
        return ""
    words = _not_given()
    what = Phrase(QCoreApplication.translate("SearchSaid", " or ").join(words[f] for f in fields))
    if n == 1:
        return filled(QCoreApplication.translate(
            "SearchSaid", "1 record with %1 is left out by the filters, which cannot tell "
                          "whether it fits; clear that filter to see it"), what)
    return filled(QCoreApplication.translate(
        "SearchSaid", "%1 records with %2 are left out by the filters, which cannot tell "
                      "whether they fit; clear that filter to see them"), n, what)


def unrecorded_said(unrecorded: list, every: bool) -> str:
    """'1 record with no abduction date recorded is left out by the filters, which cannot tell
    whether it fits (SNJ-00002 1.00); clear that filter to see it', as `casekeeper search`
    says it; '' when none."""
    if not unrecorded:
        return ""
    words = _not_given()
    fields = [f for f in words if any(f in r.unrecorded for r in unrecorded)]
    what = Phrase(QCoreApplication.translate("SearchSaid", " or ").join(words[f] for f in fields))
    best = unrecorded[0]
    if len(unrecorded) == 1 and every:
        return filled(QCoreApplication.translate(
            "SearchSaid", "1 record with %1 is left out by the filters, which cannot tell "
                          "whether it fits (%2 %3); clear that filter to see it"),
            what, best.case_no, f"{best.score:.2f}")
    template = (QCoreApplication.translate(
        "SearchSaid", "%1 records with %2 are left out by the filters, which cannot tell "
                      "whether they fit (best: %3 %4); clear that filter to see them")
        if every else QCoreApplication.translate(
            "SearchSaid", "%1 or more records with %2 are left out by the filters, which "
                          "cannot tell whether they fit (best: %3 %4); clear that filter to "
                          "see them"))
    return filled(template, len(unrecorded), what, best.case_no, f"{best.score:.2f}")
