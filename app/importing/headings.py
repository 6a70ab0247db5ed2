"""Rows inside a list that are no person: a section's heading, a note, the header again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

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
# ... or by who they are: the women, the men, the children («الإناث», "Girls", منداڵان).
_PEOPLE_WORDS = ("الإناث", "إناث", "الذكور", "ذكور", "النساء", "نساء", "الرجال", "رجال",
                 "الأطفال", "أطفال", "البنات", "بنات", "الفتيات", "فتيات", "الأولاد", "أولاد",
                 "القاصرات", "القاصرين", "females", "males", "women", "men", "children", "girls",
                 "boys", "minors", "ئافرەتان", "ژنان", "پیاوان", "منداڵان", "کچان", "کوڕان",
                 "مێینە", "نێرینە",
                 "female", "male", "daughters", "sons", "wives", "widows", "mothers", "الزوجات",
                 "زوجات", "الأرامل", "الارامل", "الأمهات", "الامهات", "الأبناء", "الابناء")
# The Kurmanji ones only alone in their cell: before a name they say whose child she is
# ("zarok ê Nadiya", name_cells.py), and that is the row's note. (Not "Jinan", a name.)
_PEOPLE_ALONE = frozenset(fold_header(w) for w in (
    "mêr", "mêran", "zarok", "zarokan", "keç", "keçan", "kur", "kuran",
    "zarokên", "keçên", "kurên", "jinên"))
# ... or by the family whose members follow: «عائلة خلف رشو», "Family of Khalaf Rasho",
# Malbata Xelef Reşo, «خێزانی خەلەف ڕەشۆ». Its family name is not given to the rows below: a
# heading says whose they are, not how each is named.
_FAMILY_WORDS = ("عائلة", "العائلة", "عايلة", "أسرة", "الأسرة", "عوائل", "العوائل", "family",
                 "families", "malbat", "malbata", "malbatê", "malbatên", "خێزانی", "خێزان",
                 "بنەماڵەی", "بنەماڵە", "بنەماڵەکەی")
# ... or a note («تنويه», "Remark"): with _NOTE_WORDS.
_REMARK_WORDS = ("تنويه", "ملحوظة", "remark", "remarks", "agahdarî", "ئاگاداری")
_FIRST = frozenset(fold_header(w) for w in (*_PLACE_WORDS, *_NOTE_WORDS, *_GROUP_WORDS,
                                            *_PEOPLE_WORDS, *_FAMILY_WORDS, *_REMARK_WORDS))
_LAST = frozenset(fold_header(w) for w in _PLACE_WORDS)
# Kurmanji "Jin" (women) heads a list's women, but Jîn is a woman's name, which a list typed
# without Kurmanji letters writes Jin: alone in its cell, and only in a list that writes them.
_KURMANJI_ALONE = frozenset({"jin"})
_KURMANJI_LETTERS = re.compile("[êîûşçÊÎÛŞÇ]")


def writes_kurmanji(texts: Iterable[str]) -> bool:
    """Whether a list's texts write Kurmanji letters (ê î û ş ç), one at least."""
    return any(_KURMANJI_LETTERS.search(t) for t in texts)


def numbering_columns(rows: Iterable[Sequence[str]], fields: Sequence[Field]) -> frozenset[int]:
    """The unmapped columns that hold the list's running number, its header left blank: only
    whole numbers, half of them at least one more than the number above (1, 2, 3; not years
    of birth, nor counts). A column mapped as the serial needs no such look."""
    numbers: dict[int, list[int]] = {i: [] for i, f in enumerate(fields) if f == Field.IGNORE}
    for cells in rows:
        for i in [i for i in numbers if cells[i].strip()]:
            if not cells[i].strip().isdecimal():
                del numbers[i]
            else:
                numbers[i].append(int(cells[i]))
    return frozenset(i for i, ns in numbers.items() if len(ns) >= 2 and 2 * sum(
        b == a + 1 for a, b in zip(ns, ns[1:], strict=False)) >= len(ns) - 1)


def heading_note(cells: Sequence[str], fields: Sequence[Field], letters: Sequence[Letter],
                 kurmanji: bool = False, numbering: frozenset[int] = frozenset()) -> Note | None:
    """Why a row of a list is a heading and no person (a notes.Note), or None.

    cells: the row's texts; fields: the field each column is read as; letters: each column's
    letter; kurmanji: whether the list writes Kurmanji letters (ê î û ş ç); numbering: the
    unmapped columns of its running number (numbering_columns). A name alone on its row is a
    person's unless a word of it says otherwise: a village's name or a status word alone may
    be hers (ربيعة, عائدة, ناجية are names). The list's running number beside a heading or a
    note ("2 | ملاحظة: ...") is no part of a person."""
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
    named = [cells[i] for i in filled if fields[i] in NAME_FIELDS]
    if len(set(texts)) >= 2 and all(_a_heading(t) for t in texts) \
            or len(set(named)) >= 2 and all(_a_heading(t) for t in named):
        # The header once more, in the list's other language, or at the top of a new page;
        # a header of two rows again, or its second row in the other language (Name, Father
        # under الاسم, اسم الاب): every name cell is a column's heading, whatever the others.
        return Note(notes.HEADER_AGAIN, Quoted(" | ".join(texts)))
    named = [i for i in filled if not ((fields[i] == Field.SERIAL or i in numbering)
                                       and is_number(cells[i]))]
    if len(named) != 1 or fields[named[0]] not in NAME_FIELDS:
        return None
    text, col = " ".join(cells[named[0]].split()), letters[named[0]]
    words = fold_header(text).split()
    alone = " ".join(words)  # hats kept: Jîn is no jin
    # A colon makes a note of a line the list did not number; a numbered one is a person's
    # row with her status after it («نادية خلف رشو: محررة») unless a note's word begins it.
    colon = (":" in text or "：" in text) and len(named) == len(filled)
    if colon or (words and (words[0] in _FIRST or words[-1] in _LAST)) \
            or alone in _PEOPLE_ALONE or kurmanji and alone in _KURMANJI_ALONE:
        return Note(notes.HEADING_LINE, col, Quoted(text))
    return None


def _a_heading(text: str) -> bool:
    """A cell that is a column's heading word for word ("Father", «اسم الاب»), not a cell
    that merely begins with one ("Nav Xezal": nav is Kurmanji for name)."""
    # field_for_header's exact match, asked of every row's cells: looked up, not searched
    return fold_header(text) in HEADING_WORDS
