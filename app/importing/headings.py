"""Rows inside a list that are no person: a section's heading, a note, the header again."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.domain.person import Sex
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
# ... and their plurals, a group of places: «مناطق اخرى», «المجمعات» (the collective towns),
# "Other villages", Gundên din, «گوندەکانی تر». A heading only when every word of the cell is
# one of these or of _OTHER_WORDS: a name may begin or end with one ('خديجة حسن قرى').
_PLACES_WORDS = ("قرى", "القرى", "مناطق", "المناطق", "مجمعات", "المجمعات", "مخيمات", "المخيمات",
                "نواحي", "النواحي", "اقضية", "الاقضية", "villages", "areas", "camps",
                "complexes", "collectives", "towns", "districts", "gundên", "gundan", "herêm",
                "herêma", "herêmên", "kampên", "kampan", "گوندەکان", "گوندەکانی", "ناوچە",
                "ناوچەی", "ناوچەکان", "ناوچەکانی", "کەمپەکان", "کەمپەکانی", "کۆمەڵگاکان",
                "کۆمەڵگاکانی")
# A heading of what the sections above left over: «اخرى», "Others", «متفرقات»; a heading only
# when every word of it is one, or a plural of places (no woman is named so).
_OTHER_WORDS = frozenset(("اخرى", "الاخرى", "اخري", "أخرى", "الأخرى", "اخرون", "آخرون",
                          "متفرقة", "متفرقات", "other", "others", "misc", "miscellaneous",
                          "din", "تر", "دیکە", "دیكه", "هیتر"))
# (Not «اسماء», "names": أسماء is a woman's name.) A note says something of the list; a part's
# word begins a part of it, as a village's does.
_NOTE_WORDS = ("ملاحظة", "ملاحظه", "ملاحظات", "الملاحظات", "تنبيه", "note", "notes", "تێبینی",
               "têbînî")
_PART_WORDS = ("قائمة", "القائمة", "مجموعة", "المجموعة", "section", "group", "list", "names",
               "part", "لیست", "لیستی", "ناوی", "ناوەکانی", "beş", "lîste", "lîsta", "navên", "kom")
# A part of a list headed by what befell the women in it: «الناجيات», "Survivors".
_GROUP_WORDS = ("الناجيات", "الناجين", "المفقودات", "المفقودين", "المحررات", "المحررين",
                "المختطفات", "المخطوفات", "المختطفين", "الاسيرات", "survivors", "rescued",
                "missing", "freed", "ڕزگاربووان", "ڕزگارکراوان", "ونبووان", "rizgarbûyî")
# ... or by who they are: the women, the men, the children («الإناث», "Girls", منداڵان). A
# heading of women or of men says the sex of the rows below it (section_sexes).
_WOMEN_WORDS = ("الإناث", "إناث", "النساء", "نساء", "البنات", "بنات", "الفتيات", "فتيات",
                "القاصرات", "females", "women", "girls", "ئافرەتان", "ژنان", "کچان", "مێینە",
                "female", "daughters", "wives", "widows", "mothers", "الزوجات", "زوجات",
                "الأرامل", "الارامل", "الأمهات", "الامهات")
_MEN_WORDS = ("الذكور", "ذكور", "الرجال", "رجال", "الأولاد", "أولاد", "males", "men", "boys",
              "پیاوان", "کوڕان", "نێرینە", "male", "sons")
# ... of both (a section of children holds boys and girls)
_CHILDREN_WORDS = ("الأطفال", "أطفال", "القاصرين", "children", "minors", "منداڵان", "الأبناء",
                   "الابناء")
_PEOPLE_WORDS = (*_WOMEN_WORDS, *_MEN_WORDS, *_CHILDREN_WORDS)
# The Kurmanji ones only alone in their cell: before a name they say whose child she is
# ("zarok ê Nadiya", name_cells.py), and that is the row's note. (Not "Jinan", a name.)
_KURMANJI_WOMEN = ("keç", "keçan", "keçên", "jinên")
_KURMANJI_MEN = ("mêr", "mêran", "kur", "kuran", "kurên", "zilam", "zilaman")
_KURMANJI_CHILDREN = ("zarok", "zarokan", "zarokên")
_PEOPLE_ALONE = frozenset(fold_header(w) for w in (
    *_KURMANJI_WOMEN, *_KURMANJI_MEN, *_KURMANJI_CHILDREN))
# ... or by the family whose members follow: «عائلة خلف رشو», "Family of Khalaf Rasho",
# Malbata Xelef Reşo, «خێزانی خەلەف ڕەشۆ». Its family name is not given to the rows below: a
# heading says whose they are, not how each is named.
_FAMILY_WORDS = ("عائلة", "العائلة", "عايلة", "أسرة", "الأسرة", "عوائل", "العوائل", "family",
                 "families", "malbat", "malbata", "malbatê", "malbatên", "خێزانی", "خێزان",
                 "بنەماڵەی", "بنەماڵە", "بنەماڵەکەی")
# ... or a note («تنويه», "Remark"): with _NOTE_WORDS.
_REMARK_WORDS = ("تنويه", "ملحوظة", "remark", "remarks", "agahdarî", "ئاگاداری")
_FIRST = frozenset(fold_header(w) for w in (*_PLACE_WORDS, *_NOTE_WORDS, *_PART_WORDS,
                                            *_GROUP_WORDS, *_PEOPLE_WORDS, *_FAMILY_WORDS,
                                            *_REMARK_WORDS))
_LAST = frozenset(fold_header(w) for w in _PLACE_WORDS)
_OTHER = frozenset(fold_header(w) for w in (*_OTHER_WORDS, *_PLACES_WORDS))
# ... but never alone when it is a name too: Din is a woman's (Kurmanji din, "other").
_NAMES_TOO = frozenset({"din"})
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
            or alone in _PEOPLE_ALONE or kurmanji and alone in _KURMANJI_ALONE \
            or words and all(w in _OTHER for w in words) and alone not in _NAMES_TOO:
        return Note(notes.HEADING_LINE, col, Quoted(text))
    return None


def _a_heading(text: str) -> bool:
    """A cell that is a column's heading word for word ("Father", «اسم الاب»), not a cell
    that merely begins with one ("Nav Xezal": nav is Kurmanji for name)."""
    # field_for_header's exact match, asked of every row's cells: looked up, not searched
    return fold_header(text) in HEADING_WORDS


# The sex a heading's words say: folded word -> sex; "" for children (boys and girls).
_SEX_OF_WORD = {**{fold_header(w): "" for w in _CHILDREN_WORDS},
                **{fold_header(w): Sex.FEMALE for w in _WOMEN_WORDS},
                **{fold_header(w): Sex.MALE for w in _MEN_WORDS}}
_SEX_ALONE = {**{fold_header(w): "" for w in _KURMANJI_CHILDREN},
              **{fold_header(w): Sex.FEMALE for w in (*_KURMANJI_WOMEN, "jin")},
              **{fold_header(w): Sex.MALE for w in _KURMANJI_MEN}}
_PLACES = frozenset(fold_header(w) for w in _PLACES_WORDS)
_KINDS = (("place", frozenset(fold_header(w) for w in (*_PLACE_WORDS, *_PLACES_WORDS))),
          ("family", frozenset(fold_header(w) for w in _FAMILY_WORDS)),
          ("group", frozenset(fold_header(w) for w in _GROUP_WORDS)),
          ("part", frozenset(fold_header(w) for w in _PART_WORDS)),
          ("note", frozenset(fold_header(w) for w in (*_NOTE_WORDS, *_REMARK_WORDS))))


@dataclass(frozen=True)
class Section:
    """A heading that says the sex of the rows below it: the sex, its text and its row."""

    sex: Sex
    heading: str
    row: int


def section_sex(text: str, kurmanji: bool = False) -> Sex | str | None:
    """The sex a heading says of the rows below it («الإناث», "Boys", کوڕان, "Women of Kocho"),
    "" when it names people of both (children; "Men and women"), None when it names none. A
    word joined to «و» (and) is read without it: «النساء والأطفال» are women and children."""
    words = fold_header(text).split()
    if len(words) == 1 and (words[0] in _SEX_ALONE and (kurmanji or words[0] != "jin")):
        return _SEX_ALONE[words[0]]
    said = {_SEX_OF_WORD[w] for word in words
            for w in (word, word[1:] if word.startswith("و") else word) if w in _SEX_OF_WORD}
    return said.pop() if len(said) == 1 else "" if said else None


def _kind(text: str) -> str | None:
    """What a heading heads, by its first word (a place also by its last): a place, a family,
    a group, a part of the list; "other" for any other heading (one merged across the row);
    None for a note, which heads nothing: its word first, or words after a colon ("Note:
    males are not listed"; not «الإناث:», a heading with its colon)."""
    words = fold_header(text).split()
    if not words or text.replace("：", ":").partition(":")[2].strip():
        return None
    if words[-1] in _LAST or words[-1] in _PLACES:
        return "place"
    kind = next((k for k, said in _KINDS if words[0] in said), "other")
    return None if kind == "note" else kind


def section_sexes(rows: Iterable[tuple[int, str | None]], kurmanji: bool = False
                  ) -> dict[int, Section]:
    """{row: the Section it lies in} for the person rows under a heading that says a sex, until
    the next heading that says one, or children, or any other heading but a note: a family's
    heading after the men («الذكور», رامي, «عائلة خلف رشو», سهام) begins a family of men and
    women. Only a kind of heading the list writes right below a heading of a sex, before any
    person (women, then men, each by family: «الإناث», «عائلة الياس», نادية), lies inside
    its sections and ends none. A wrong sex given is worse than none: a girl read as male
    falls out of every "female, missing" filter; a row given none stays as its list says.

    rows: (row number, the heading's text, or None for a person's row), in the list's order;
    kurmanji: whether the list writes Kurmanji letters (its "Jin" are its women)."""
    out: dict[int, Section] = {}
    section: Section | None = None
    inner: set[str] = set()  # the kinds of heading that lie inside a sex's sections
    fresh = False  # no person yet below the last heading of a sex
    for number, heading in rows:
        if heading is None:
            if section is not None:
                out[number] = section
            fresh = False
            continue
        kind = _kind(heading)
        if kind is None:  # a note heads nothing
            continue
        sex = section_sex(heading, kurmanji)
        if isinstance(sex, Sex):
            section, fresh = Section(sex, heading, number), True
        elif sex is None and (fresh or kind in inner):
            inner.add(kind)
        else:
            section = None
    return out
