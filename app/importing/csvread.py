"""CSV and TSV: encoding cascade, delimiter detection, and checks Python's csv module omits."""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import os
import re

from app.domain.errors import InputFileError
from app.domain.script import has_arabic
from app.importing.header import Grid
from app.importing.issues import (
    AT,
    LINE_BREAK,
    LOST_IN_CELL,
    LOST_MANY,
    NOT_UTF8,
    NOT_UTF8_LATIN,
    issue,
)
from app.importing.limits import ReadLimits
from app.importing.pieces import Quoted, Said, Sentence
from app.importing.refusals import (
    BAD_BOM,
    CELL_CHARS,
    NUL_BYTES,
    NUL_BYTES_UTF16,
    NUL_CELL,
    ROWS,
    SWALLOWED_ROWS,
    TAB,
    UNCLOSED_QUOTE,
    at,
    refused,
)
from app.importing.table import ReadIssue, column_letter

CSV_EXTENSIONS = (".csv", ".tsv", ".txt", ".tab")
DELIMITERS = (",", ";", "\t", "|")
# cp1256 has no code for these Sorani letters; Excel writes '?' in their place when saving.
SORANI_LOST = "ڕ ڤ ڵ ە ۆ ۇ ێ"
LOST_LETTER = re.compile(r"[\u0600-\u06ff]\?|\?[\u0600-\u06ff]")
# ... nor Kurmanji ş and Ş: '?' inside a Latin word, or before its small letters ("Re?o",
# "?îrîn"). Not after a word ("Nadia?"), nor before a capital ("(?Basi)"): a clerk's doubt.
# ... and a Windows Turkish (cp1254) file holds no Arabic script: three '?' or more for it, a
# word of its own ("?????", not a clerk's "dîtin???").
LOST_SCRIPT = re.compile(r"(?<!\w)\?{3,}(?!\w)")
_LATIN = "A-Za-z\u00c0-\u024f"
_SMALL = "a-z\u00df-\u00ff\u0101-\u017f"
LOST_LATIN = re.compile(f"[{_LATIN}]\\?[{_LATIN}]|(?<![{_LATIN}])\\?[{_SMALL}]")


def decode(data: bytes, file: str) -> tuple[str, str, list[ReadIssue]]:
    """Text, encoding name and warnings: BOM first, then strict UTF-8, then Windows Arabic."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc, []
            except UnicodeDecodeError as exc:
                row = data[:exc.start].count(b"\n" if enc == "utf-8-sig" else b"\n\x00") + 1
                raise InputFileError(refused(at(file, None, row), BAD_BOM, enc)) from None
    if b"\x00" in data:
        odd = data[1::2].count(0) > len(data) // 4
        nul = data.index(b"\x00")
        row = data[:nul].count(b"\n") + 1
        line = data[data.rfind(b"\n", 0, nul) + 1:nul].decode("utf-8", "replace")
        fields = next(csv.reader([line], delimiter=sniff_delimiter(line + ",", "")), [""])
        col = None if odd else column_letter(len(fields) - 1)
        raise InputFileError(refused(at(file, None, row, col),
                                     NUL_BYTES_UTF16 if odd else NUL_BYTES))
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256")  # every byte has a meaning in cp1256, so this cannot fail
    if (latin := latin_windows(data, text)) is not None:
        text, word = latin
        return text, "cp1254", [ReadIssue("warning", issue(NOT_UTF8_LATIN, Quoted(word)), file)]
    return text, "cp1256", [ReadIssue("warning", issue(NOT_UTF8, SORANI_LOST), file)]


# A word as cp1256 reads it: letters, Arabic vowel marks, and the two direction marks cp1256
# gives the bytes of Turkish ı and ş (FD, FE).
_WORD = re.compile(r"(?:[^\W\d_]|[\u064b-\u0652\u200e\u200f])+")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# cp1256's reading of Turkish ş or ı: a direction mark between two Latin letters (Re\u200fo).
# At a word's end (Derwe\u200f, Ba\u200f) it is a mark a Windows Arabic file may hold as well
# (Nadia\u200f): only a sign where the file holds no word of Arabic letters at all.
_MARK_INSIDE = re.compile(f"[{_LATIN}][\u200e\u200f]+[{_LATIN}]")
_MARK_AFTER = re.compile(f"[{_LATIN}]\u200f")


def latin_windows(data: bytes, arabic: str) -> tuple[str, str] | None:
    """The file as Windows Turkish (cp1254) and a word of it that shows why, when its words
    read as Windows Arabic are Latin words with Arabic letters inside (Şîrîn as «قîrîn», Reşo
    as Reo with a hidden mark, Îlyas as «خlyas»): a Kurmanji list saved on a Windows set to
    Turkish, whose names cp1256 would silently change. A file with words of Arabic letters
    alone is Arabic (its Latin words, if any, lost ş as '?'); a few such words (an initial Ç
    read as ا) are allowed among many Latin ones with letters inside, none beside words whose
    only sign is a mark at their end (Dilxweş; an Arabic file's Nadia\u200f)."""
    mixed = marked = pure = 0
    first = at_end = None
    for m in _WORD.finditer(arabic):
        word = m.group()
        arabic = _ARABIC_LETTER.search(word) is not None
        if _LATIN_LETTER.search(word) and (arabic or _MARK_INSIDE.search(word)):
            mixed += 1
            first = first or m.span()
        elif _MARK_AFTER.search(word) and not arabic:
            marked += 1
            at_end = at_end or m.span()
        elif arabic and len(word) > 1:
            pure += 1
    if not (mixed and pure * 10 <= mixed + marked or marked and not pure):
        return None
    first = first or at_end
    try:
        latin = data.decode("cp1254")  # five bytes have no meaning in cp1254: then it is not
    except UnicodeDecodeError:
        return None
    # one byte is one character in both encodings, so the word is at the same place
    return latin, latin[first[0]:first[1]]


def sniff_delimiter(text: str, extension: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of fields."""
    sample = text[:65536]
    best, best_score = ("\t" if extension in (".tsv", ".tab") else ","), (0.0, 0)
    for d in DELIMITERS:
        # newline="": a file saved with old Mac line ends (\r alone) is split at them too
        records = itertools.islice(csv.reader(io.StringIO(sample, newline=""), delimiter=d), 50)
        counts = [len(r) for r in records if any(c.strip() for c in r)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        if mode < 2:
            continue
        score = (counts.count(mode) / len(counts), mode)
        if score > best_score:
            best, best_score = d, score
    return best


def load_csv_grid(path: str, limits: ReadLimits) -> tuple[Grid, str, str]:
    """A grid of text cells (row numbers = record numbers, as a spreadsheet shows them)."""
    file = os.path.basename(path)
    with open(path, "rb") as fh:
        data = fh.read()
    text, encoding, issues = decode(data, file)
    delimiter = sniff_delimiter(text, os.path.splitext(path)[1].lower())
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[list[str | None]] = []
    starts: list[int] = []  # the file line each record starts on, for messages
    line = 1
    # Generous, so that our own check below can name the column of an over-long cell.
    csv.field_size_limit(max(limits.max_cell_chars * 64, 131072))
    try:
        for record in reader:
            starts.append(line)
            line = reader.line_num + 1
            if any("\r" in c for c in record):
                # a line break inside a quoted cell as old Mac files write it (\r alone), or
                # \r\n: one line break, as the cell's other readers take it
                record = [c.replace("\r\n", "\n").replace("\r", "\n") for c in record]
            rows.append(record)  # type: ignore[arg-type]
            if len(rows) > limits.max_rows:
                raise InputFileError(refused(at(file, None, len(rows)), ROWS, limits.max_rows))
    except csv.Error as exc:  # where in the desktop's words, what in the csv module's own
        raise InputFileError(Sentence(Said(AT, at(file, None, len(rows) + 1, line=line),
                                           str(exc)))) from None
    _check_unclosed_quote(text, rows, starts, file)
    _check_swallowed_rows(rows, starts, file, delimiter)
    grid = Grid(file, None, rows, issues=issues)
    _check_cells(grid, starts, encoding, limits)
    return grid, encoding, delimiter


def _check_unclosed_quote(text: str, rows: list, starts: list[int], file: str) -> None:
    """An odd number of quotes whose last record swallowed the rest of the file is an error.

    Python's csv module does not complain: it silently puts every following line into one cell.
    """
    if not rows or text.count('"') % 2 == 0:
        return
    last = rows[-1]
    if last and ("\n" in last[-1] or "\r" in last[-1]):
        raise InputFileError(refused(
            at(file, None, len(rows), column_letter(len(last) - 1), starts[-1]), UNCLOSED_QUOTE))


def _check_swallowed_rows(rows: list, starts: list[int], file: str, delimiter: str) -> None:
    """A cell whose lines hold as many delimiters as a whole row does is rows run together by a
    stray quote ("Sara,Xudeda,Kocho<newline>Hevi,..."): importing it would make one person of
    several and lose the others, so it is an error, not the line-break warning a note gets."""
    width = max((len(r) for r in rows), default=0)
    if width < 3:  # with two columns a comma in a note looks the same
        return
    # A note may hold one line with a few commas ("seen in Mosul, Raqqa, Deir ez-Zor"); a line
    # of a row is as wide as the list, every piece a word. With three columns that is common
    # enough in prose that two such lines are asked for; with four or more, one says it.
    needed = 2 if width == 3 else 1
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if not v or ("\n" not in v and "\r" not in v):
                continue
            lines = v.splitlines()
            if sum(_row_like(line, delimiter, width) for line in lines[:-1]) >= needed:
                shown = Quoted(delimiter) if delimiter != "\t" else Said(TAB)
                raise InputFileError(refused(at(file, None, i + 1, column_letter(j), starts[i]),
                                             SWALLOWED_ROWS, len(lines) - 1, shown))


def _row_like(line: str, delimiter: str, width: int) -> bool:
    """Whether a line inside a cell reads as a row of the list: as many pieces, filled as a row
    is. With three columns every piece must hold something; with more, all but two may (a row
    saved from a spreadsheet ends in ',' when its last cell, often the notes, is empty)."""
    pieces = line.split(delimiter)
    filled = sum(any(ch.isalnum() for ch in p) for p in pieces)
    return len(pieces) >= width and filled >= (width if width == 3 else max(3, width - 2))


def _check_cells(grid: Grid, starts: list[int], encoding: str, limits: ReadLimits) -> None:
    lost = 0
    for i, row in enumerate(grid.rows):
        for j, v in enumerate(row):
            if not v:
                continue
            cell = (grid.file, None, i + 1, column_letter(j))
            if "\x00" in v:
                raise InputFileError(refused(at(*cell), NUL_CELL))
            if len(v) > limits.max_cell_chars:
                raise InputFileError(refused(at(*cell), CELL_CHARS, len(v), limits.max_cell_chars))
            if "\n" in v or "\r" in v:
                grid.issues.append(ReadIssue("warning", issue(LINE_BREAK, starts[i]), *cell))
            if encoding == "cp1256" and "?" in v and has_arabic(v) and LOST_LETTER.search(v):
                lost += 1
                if lost <= 20:
                    grid.issues.append(ReadIssue("warning", issue(LOST_IN_CELL), *cell))
    if lost > 20:
        grid.issues.append(ReadIssue("warning", issue(LOST_MANY, lost), grid.file))
