"""A list's sex in the interface's words: the cell as the list wrote it, with what it was read as.

A Kurmanji list's M is mê (female) and N nêr (male): the letter the vault keeps, or the cell
alone, would say the opposite to whoever reads it (app/importing/sex_said.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.bidi import Phrase, filled
from ui.labels import sex_words


def listed_sex(c: dict) -> str:
    """The list's side of a sex conflict or contradiction ({list, read_as}): "'N', read as
    male"; the reading alone where the cell is not known; one noted by an earlier version
    (the letter read, in "list") in words."""
    words = sex_words()
    if "read_as" not in c:
        return words.get(c.get("list") or "U", c.get("list", ""))
    if not c.get("list"):
        return words.get(c["read_as"], c["read_as"])
    if says_its_reading(c["list"], c["read_as"]):
        return c["list"]
    return Phrase(filled(QCoreApplication.translate("ImportChanges", "%1, read as %2"),
                         c["list"], words.get(c["read_as"], c["read_as"])))


def vault_sex(letter: str) -> str:
    """The vault's sex beside a list's, in words as the list's reading is."""
    return sex_words().get(letter, letter)


def says_its_reading(cell: str, read_as: str) -> bool:
    """The list's cell is already the word its reading is said in (a Sorani list's "مێ" in a
    Sorani interface, "female" in an English one): "مێ (read as مێ)" says nothing more, and
    read as if the cell had been taken for something else."""
    word = sex_words().get(read_as, read_as)
    return cell.strip().strip("'\"").casefold() == word.strip().casefold()
