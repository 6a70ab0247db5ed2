"""The desktop's restore question names at most five case numbers, "..." after them: the
sentence's own full stop made it "SNJ-00008 ...."."""

from __future__ import annotations

from app.backup_compare import PersonsSaid
from ui.restore_page import RestorePage


class _Page:
    """The page's words without its window: English, %n filled as Qt fills it."""

    @staticmethod
    def tr(text: str, _comment: str = "", n: int = -1) -> str:
        return text.replace("%n", str(n))

    _persons_said = RestorePage._persons_said


def test_more_than_five_numbers_end_in_three_dots():
    page = _Page()
    named = "SNJ-00004, SNJ-00005, SNJ-00006, SNJ-00007, SNJ-00008 ..."
    said = page._persons_said(PersonsSaid("added_since", 7, named))
    assert said.endswith("SNJ-00008 ...") or said.endswith("SNJ-00008 ...\u2069"), said
    assert "...." not in said
    few = page._persons_said(PersonsSaid("added_since", 1, "SNJ-00004"))
    assert few.endswith(".")
