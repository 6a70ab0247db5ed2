"""A summary sorted by name, in the order of the names its readers read: Arabic script first in an
Arabic or Sorani document, Latin letters first in an English or Kurmanji one."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.person import Person, person_sort_texts
from app.reports.labels import is_rtl


def name_order(lang: str) -> Callable[[Person], tuple]:
    """The sort key for lang's document: the persons named in the script its readers read
    first, by that name; then those named only in the other script, by theirs (that column of
    the table is blank for them); then those with no name at all. The order of the lists'
    name columns too (app.domain.name_collation.sort_text): one order, stored with each
    person."""
    which = 1 if is_rtl(lang) else 0

    def key(p: Person) -> tuple:
        return (person_sort_texts(p)[which], p.case_no)

    return key
