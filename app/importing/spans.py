"""A full name's header over several unlabelled columns: the parts of her name, in order."""

from __future__ import annotations

from app.domain.script import is_arabic_script
from app.importing.fields import Field, field_for_header, names_surname
from app.importing.table import CellValue, cell_text

# Four under 'الاسم الرباعي' (given, father, grandfather, great-grandfather) or 'Full name'
# (the fourth her family name); five under 'الاسم الرباعي واللقب' (the four-part name and the
# surname), the great-grandfather fourth (mapping.py). A wider span is something else.
MAX_PARTS = 5
SAMPLE = 300


def full_name_parts(headers: list[str], used: list[bool], body: list[list[CellValue]],
                    merged: list[tuple[int, int]]) -> list[str]:
    """The headers, a full name's spread over the columns under it numbered by part.

    'الاسم الرباعي' (four-part name) merged across A:D with nothing under it, or typed in A
    with B:D left blank (a CSV of that sheet), heads her given, father's, grandfather's and
    great-grandfather's names: read as 'الاسم الرباعي / 1' ... '/ 4', each column is that
    part (mapping.py says which part is what). Read as one full name in A, B:D were dropped
    and a known woman was made again. Over five columns ('الاسم الرباعي واللقب', A:E) the
    same, '/ 1' ... '/ 5'.

    merged: (first, last) column indexes of header cells merged across. Only when every
    column holds one word or so, in one script: two columns of whole names, Arabic and Latin,
    under 'Full name' are two spellings, not two parts.
    """
    out = list(headers)
    for j0, j1 in _spans(headers, used, merged):
        if _parts_of_one_name(body, j0, j1):
            word = headers[j0]
            for n, j in enumerate(range(j0, j1 + 1), 1):
                out[j] = f"{word} / {n}"
    return out


def _names_full_name(label: str) -> bool:
    hit = field_for_header(label) if label else None
    return hit is not None and hit[0] is Field.FULL_NAME


def _spans(headers: list[str], used: list[bool], merged: list[tuple[int, int]]
           ) -> list[tuple[int, int]]:
    spans = [(a, b) for a, b in merged if 0 <= a < b < len(headers)
             and _names_full_name(headers[a]) and all(h == headers[a] for h in headers[a:b + 1])]
    for j, label in enumerate(headers):
        if not _names_full_name(label) or any(a <= j <= b for a, b in spans):
            continue
        k = j + 1
        while k < len(headers) and not headers[k] and used[k]:  # typed: blanks after it
            k += 1
        if k - 1 > j:
            spans.append((j, k - 1))
    return [(a, b) for a, b in spans if b - a + 1 <= _most_parts(headers[a])
            and all(used[a:b + 1])]


def _most_parts(label: str) -> int:
    """Four parts, or five where the header names a surname after them (the four-part name
    and the surname): a fifth column under a header that names none is something else (a
    mother's name, a village), not her clan."""
    return MAX_PARTS if names_surname(label) else MAX_PARTS - 1


def _parts_of_one_name(body: list[list[CellValue]], j0: int, j1: int) -> bool:
    scripts = set()
    for j in range(j0, j1 + 1):
        texts = [t for r in body[:SAMPLE] if j < len(r) and (t := cell_text(r[j]))]
        if not texts or sum(len(t.split()) for t in texts) / len(texts) >= 2:
            return False  # whole names, each in its column
        scripts.add(sum(map(is_arabic_script, texts)) * 2 >= len(texts))
    return len(scripts) == 1
