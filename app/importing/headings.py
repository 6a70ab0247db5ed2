"""Rows inside a list that are no person: a section's heading, a note, the header again."""

from __future__ import annotations

from collections.abc import Sequence

from app.importing import notes
from app.importing.fields import HEADING_WORDS, Field, fold_header
from app.importing.footer import is_number
from app.importing.mapping import NAME_FIELDS
from app.importing.notes import Note
from app.importing.pieces import Letter, Quoted

# Words a heading or note begins with (or, for a place, ends with: "Kocho village"): no
# woman is called so. Lists of one village's women, one camp's, one section's, are grouped
# under such rows («قرية كوجو», «مجمع خانصور», «Gundê Koço», «ملاحظة: ...»).
_PLACE_WORDS = ("قرية", "القرية", "قريه", "مجمع", "المجمع", "ناحية", "الناحية", "قضاء",
                "القضاء", "مخيم", "المخيم", "منطقة", "المنطقة", "village", "complex", "camp",
                "district", "sub-district", "area", "gund", "gundê", "gundi", "navçe", "kamp",
                "گوند", "گوندی", "کۆمەڵگە", "کۆمەڵگای", "کەمپ", "ناحیەی", "قەزای")
# (Not «اسماء», "names": أسماء is a woman's name.)
_NOTE_WORDS = ("ملاحظة", "ملاحظه", "ملاحظات", "الملاحظات", "تنبيه", "قائمة", "القائمة",
               "مجموعة", "المجموعة", "section", "group", "note", "notes",
               "list", "names", "part", "تێبینی", "لیست", "لیستی", "ناوی", "ناوەکانی", "beş",
               "têbînî", "lîste", "lîsta", "navên", "kom")
# A part of a list headed by what befell the women in it: «الناجيات», "Survivors".
_GROUP_WORDS = ("الناجيات", "الناجين", "المفقودات", "المفقودين", "المحررات", "المحررين",
                "المختطفات", "المخطوفات", "المختطفين", "الاسيرات", "survivors", "rescued",
                "missing", "freed", "ڕزگاربووان", "ڕزگارکراوان", "ونبووان", "rizgarbûyî")
_FIRST = frozenset(fold_header(w) for w in (*_PLACE_WORDS, *_NOTE_WORDS, *_GROUP_WORDS))
_LAST = frozenset(fold_header(w) for w in _PLACE_WORDS)


def heading_note(cells: Sequence[str], fields: Sequence[Field],
                 letters: Sequence[Letter]) -> Note | None:
    """Why a row of a list is a heading and no person (a notes.Note), or None.

    cells: the row's texts; fields: the field each column is read as; letters: each column's
    letter. A name alone on its row is a person's unless a word of it says otherwise: a
    village's name or a status word alone may be hers (ربيعة, عائدة, ناجية are names)."""
    filled = [i for i, t in enumerate(cells) if t.strip()]
    if not filled:
        return None
    texts = [" ".join(cells[i].split()) for i in filled]
    if len(cells) >= 3 and len(filled) == len(cells) and len(set(texts)) == 1 \
            and not is_number(texts[0]):
        # One text in every cell of the row: a heading typed in a cell merged across the
        # list, which the reader spreads over the cells it covers. (Not cells alike with
        # one left empty: a clerk may copy her name into each name column.)
        return Note(notes.HEADING_ACROSS, Quoted(texts[0]))
    if len(set(texts)) >= 2 and all(_a_heading(t) for t in texts):
        # The header once more, in the list's other language, or at the top of a new page.
        return Note(notes.HEADER_AGAIN, Quoted(" | ".join(texts)))
    if len(filled) != 1 or fields[filled[0]] not in NAME_FIELDS:
        return None
    text, col = texts[0], letters[filled[0]]
    words = fold_header(text).split()
    if ":" in text or "：" in text or (words and (words[0] in _FIRST or words[-1] in _LAST)):
        return Note(notes.HEADING_LINE, col, Quoted(text))
    return None


def _a_heading(text: str) -> bool:
    """A cell that is a column's heading word for word ("Father", «اسم الاب»), not a cell
    that merely begins with one ("Nav Xezal": nav is Kurmanji for name)."""
    # field_for_header's exact match, asked of every row's cells: looked up, not searched
    return fold_header(text) in HEADING_WORDS
