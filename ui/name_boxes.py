"""A name's two boxes, Arabic script and Latin letters: a spelling typed in the other's box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.script import in_other_scripts_box
from ui.bidi import filled


def placed(original: str, latin: str, part_label: str) -> tuple[str, str, str | None]:
    """The two spellings each in its script's box, and a refusal naming the box when they cannot
    be: a lone spelling in the other script's box goes where its letters belong (as `person add`
    places it); beside a spelling in the right box it is refused, as it would be saved swapped
    and printed in the wrong column of her papers (found by a tester who switched keyboards)."""
    wrong = in_other_scripts_box(original, latin)
    if wrong is None:
        return original, latin, None
    if not (original and latin):
        return latin, original, None
    if wrong == "original":
        said = QCoreApplication.translate(
            "NameBoxes", "%1, Arabic script box: %2 is in Latin letters; type it in the Latin "
            "letters box")
        return original, latin, filled(said, part_label, original)
    said = QCoreApplication.translate(
        "NameBoxes", "%1, Latin letters box: %2 is in Arabic script; type it in the Arabic "
        "script box")
    return original, latin, filled(said, part_label, latin)
