"""Ditto marks ('"', '〃', '=', '-=-', '//', «،،», «نفسه», "ditto"): a cell that says it holds what
the cell above it holds, read as that cell's value (after its own ditto: chains of them) and said;
never stored as a name or a village, and never read as "not known"."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from app.domain.script import is_arabic_script
from app.importing.fields import Field
from app.importing.footer import find_footer
from app.importing.not_known import NAME_COLUMNS
from app.importing.table import CellValue, Row, Table, cell_text
from app.text.normalize import kinship_key

# A cell of these marks alone (spaced or not: '=  =', '""') says "as above": the quote, the
# ditto sign 〃 (U+3003), the double prime, Hebrew gershayim (the quote on some keyboards), '='.
_MARKS = frozenset('"“”„‟〃″״ˮ=')
# These say it doubled only ('//', «،،», ",,", "''"): one alone is a dash for "none" or a slip.
_DOUBLED = frozenset("/،,'")
# Around a mark or a word, no part of it: '-=-', «ـ〃ـ», «=نفسه=», '-"-'.
_AROUND = " -–—ـ_=\"“”〃«»().:"

# Words for "the same as above", as a whole cell.
_WORDS = (
    # Arabic: itself, the same thing, as above, as before
    "نفسه", "نفسها", "نفس", "نفس الشيء", "نفس الشي", "نفس الشئ", "كما فوق", "كما اعلاه",
    "كما أعلاه", "كما في اعلاه", "كما في أعلاه", "كالسابق", "كما سبق", "كالذي فوقه",
    # Sorani: the same thing, like above (one word of it, «سەرەوە», is also the name Serwe)
    "هەمان شت", "هه‌مان شت", "وەک سەرەوە", "وەکو سەرەوە", "وەک سەرەوەی",
    # Kurmanji: the same thing, like above
    "heman tişt", "wek jor", "wekî jor", "weke jor", "wek li jor", "wekî li jor",
    # English: the ledger's "do." is ditto
    "ditto", "do", "do.", "same as above", "as above", "the same",
)
# One word for "the same" that is also read as a name (Sami written Same, the name Hêman; the
# Sorani «هەمان» in Arabic letters is the Persian name Hamân): taken for a ditto only in a
# column that holds no name (a village, a date, a status), where no one is called so.
_NAME_LIKE = ("same", "heman", "هەمان", "هه‌مان", "همان")


def _key(text: str) -> str:
    """Arabic-script words folded as kinship_key folds them; Latin ones case-folded, their
    accents kept (Samê is no "same")."""
    words = text.strip(_AROUND).split()
    return " ".join(kinship_key(w) if is_arabic_script(w) else unicodedata.normalize(
        "NFC", w.casefold()) for w in words)


_WORD_KEYS = frozenset(map(_key, _WORDS))
_NAME_LIKE_KEYS = frozenset(map(_key, _NAME_LIKE))
_LONGEST = 2 * max(map(len, (*_WORDS, *_NAME_LIKE)))

# The fields a ditto fills: what sisters, or the women of one village or one day, share. Her
# given name, full name, nickname, other spellings and case number are who she is: a ditto
# under them would make her a second copy of the woman above (two records of one person, or a
# row matched to the other's record), so it is said and left blank, for the lawyer to ask.
FILLED = frozenset({Field.FATHER, Field.GRANDFATHER, Field.FAMILY, Field.MOTHER, Field.SEX,
                    Field.BIRTH, Field.AGE, Field.VILLAGE, Field.DISTRICT, Field.GOVERNORATE,
                    Field.ABDUCTION_DATE, Field.ABDUCTION_PLACE, Field.STATUS, Field.RESCUE_DATE,
                    Field.STATUS_DATE, Field.LAST_KNOWN_LOCATION, Field.NOTES, Field.PHONE,
                    Field.CONTACT_NAME, Field.CONTACT_RELATION})
NOT_FILLED = frozenset({Field.GIVEN, Field.FULL_NAME, Field.NICKNAME, Field.ALIAS,
                        Field.CASE_NO})
_DATES = frozenset({Field.BIRTH, Field.ABDUCTION_DATE, Field.RESCUE_DATE, Field.STATUS_DATE})
# The key under which a batch's stored mapping keeps what its dittos were read as.
KEY = "dittos"


def is_ditto(text: str, f: Field) -> bool:
    """Whether a cell of a column of field f says only "the same as the cell above"."""
    if not text or len(text) > _LONGEST:
        return False
    return _is_ditto(text, f)


@lru_cache(maxsize=100_000)  # asked of every cell of a list: its names and places repeat
def _is_ditto(text: str, f: Field) -> bool:
    core = text.strip(" -–—ـ")
    flat = "".join(core.split())
    if flat and all(c in _MARKS for c in flat):
        return True
    if len(core) >= 2 and len(set(core)) == 1 and core[0] in _DOUBLED:
        # '//', «،،»: no space inside, for '/ /' is a blank date; and in a date column no
        # slashes at all: '//' is what a day, month and year left empty make (=D&"/"&M&"/"&Y)
        return not (core[0] == "/" and f in _DATES)
    key = _key(text)
    return key in _WORD_KEYS or key in _NAME_LIKE_KEYS and f not in NAME_COLUMNS


@dataclass(frozen=True)
class Ditto:
    """A ditto cell as read: its column, what it said, and the row whose value it took (its
    value as text), or None when it was left blank."""

    index: int
    said: str
    row: int | None  # the row above it; None for the list's first row
    value: str  # "" when left blank
    heading: bool = False  # the row above is a heading, a note or the header again


def resolved(rows: Iterable[Row], fields: list[Field],
             no_person: Callable[[Row], bool] = lambda row: False,
             ) -> tuple[list[Row], dict[int, list[Ditto]]]:
    """The rows (in list order) with each ditto cell given the value of the same column in the
    row above, as that row was read (so a chain of dittos takes the first value), and the
    dittos by row number. A ditto with nothing above it (the first row, a blank cell above) or
    under a column it does not fill (NOT_FILLED) is made blank."""
    out: list[Row] = []
    dittos: dict[int, list[Ditto]] = {}
    checked = [i for i, f in enumerate(fields) if f in FILLED or f in NOT_FILLED]
    for row in rows:
        found = [i for i in checked
                 if type(row.values[i]) is str and is_ditto(row.values[i].strip(), fields[i])]
        # Asked only of a row with a ditto (few) and the row above it: the header again, a
        # heading or a note is never read so, and a ditto below it repeats none of its words
        # ("Father" as her father) nor the person above it («عائلة الياس حسن» begins another
        # family, whose father is not the last one's): said and left blank.
        if found and not no_person(row):
            above = out[-1] if out else None
            heading = above is not None and no_person(above)
            values = list(row.values)
            for i in found:
                value: CellValue = above.values[i] if above is not None and not heading \
                    and fields[i] in FILLED else ""
                values[i] = value
                dittos.setdefault(row.number, []).append(Ditto(
                    i, row.values[i].strip(), above.number if above else None, cell_text(value),
                    heading))
            row = Row(row.number, tuple(values))
        out.append(row)
    return out, dittos


# The row of a ditto read again alone with no reading kept (a list imported before dittos were
# read): it has no row above to repeat.
ALONE = -1


def known(rows: list[Row], labels: list[str], fields: list[Field],
          stored: dict[str, dict[str, list]]) -> tuple[list[Row], dict[int, list[Ditto]]]:
    """The rows read again alone (a withdrawn row) with their dittos as the whole list read them
    (stored: batch_dittos): a row alone has no row above, and a ditto whose reading was not kept
    is left blank (its row ALONE)."""
    out, dittos = [], {}
    for row in rows:
        values = list(row.values)
        for i, label in enumerate(labels):
            said = stored.get(label, {}).get(str(row.number))
            text = values[i].strip() if type(values[i]) is str else ""
            if said and text == said[0]:
                found = Ditto(i, said[0], said[1], said[2])
            elif (fields[i] in FILLED or fields[i] in NOT_FILLED) and is_ditto(text, fields[i]):
                found = Ditto(i, text, ALONE, "")
            else:
                continue
            values[i] = found.value
            dittos.setdefault(row.number, []).append(found)
        out.append(Row(row.number, tuple(values)))
    return out, dittos


def table_dittos(table: Table, columns: dict[str, Field]) -> dict[int, list[Ditto]]:
    """The dittos of a table's rows under a mapping, as the converter reads them (not the lines
    below the list: find_footer)."""
    footer = find_footer(table).lines
    fields = [columns.get(c.label, Field.IGNORE) for c in table.columns]
    return resolved((r for r in table.rows if r.number not in footer), fields)[1]


def with_dittos(mapping_json: str, labels: list[str], dittos: dict[int, list[Ditto]]) -> str:
    """A batch's mapping as stored, with what each ditto was read as ({label: {row: [said,
    row above, value]}}): a row read again alone (withdraw_keeps.read_row) reads it so too."""
    if not dittos:
        return mapping_json
    data = json.loads(mapping_json)
    data[KEY] = _stored(labels, dittos)
    return json.dumps(data, ensure_ascii=False, indent=2)


def _stored(labels: list[str], dittos: dict[int, list[Ditto]]) -> dict[str, dict[str, list]]:
    """Dittos by row as a batch stores them: {label: {row: [said, row above, value]}}."""
    found: dict[str, dict[str, list]] = {}
    for n, said in sorted(dittos.items()):
        for d in said:
            found.setdefault(labels[d.index], {})[str(n)] = [d.said, d.row, d.value]
    return found


def has_dittos_kept(mapping_json: str) -> bool:
    """Whether a batch's stored mapping keeps its dittos' readings (a batch with none, or one
    imported before they were kept, has no KEY)."""
    try:
        return KEY in json.loads(mapping_json or "{}")
    except (ValueError, TypeError):
        return False


def read_cells(cells: dict, n: int, stored: dict[str, dict[str, list]]
               ) -> tuple[dict, dict[str, list]]:
    """Row n's stored cells ({label: text}) as its list read them: each ditto the value its
    reading (stored: batch_dittos) gave it; and {label: [said, row above]} of those dittos."""
    out, said = dict(cells), {}
    for label, text in cells.items():
        reading = stored.get(label, {}).get(str(n))
        if reading and isinstance(text, str) and text.strip() == reading[0]:
            out[label] = reading[2]
            said[label] = reading[:2]
    return out, said


def unread(cells: dict, fields: dict[str, Field]) -> list[str]:
    """The labels of a row's cells that are ditto marks (under a column a ditto fills or is
    said in), for a batch whose readings of them were not kept."""
    return [label for label, text in cells.items()
            if isinstance(text, str) and (f := fields.get(label)) in FILLED | NOT_FILLED
            and is_ditto(text.strip(), f)]


def read_again(rows: list[tuple[int, dict, bool]], fields: dict[str, Field]
               ) -> dict[str, dict[str, list]]:
    """The readings of a batch's dittos (batch_dittos' form) read again from its stored rows,
    every one in the list's order ((row, cells, rejected) each): for a batch imported before
    they were kept. A rejected row (a heading, a note, the header again) is no person: a ditto
    under it is left blank, as resolved leaves one under a heading."""
    labels = list(dict.fromkeys(label for _, cells, _ in rows for label in cells))
    rejected = {n for n, _, no in rows if no}
    found = resolved([Row(n, tuple(cells.get(label, "") for label in labels))
                      for n, cells, _ in rows],
                     [fields.get(label, Field.IGNORE) for label in labels],
                     lambda row: row.number in rejected)[1]
    return _stored(labels, found)


def batch_dittos(mapping_json: str) -> dict[str, dict[str, list]]:
    """What the dittos of a batch were read as, from its stored mapping ({} when none)."""
    try:
        found = json.loads(mapping_json or "{}").get(KEY, {})
    except (ValueError, AttributeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(label): {str(n): v for n, v in rows.items()
                         if isinstance(v, list) and len(v) == 3}
            for label, rows in found.items() if isinstance(rows, dict)}
