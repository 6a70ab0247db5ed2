"""A second spelling written inside a name, in brackets or after a slash: «شيرين (شرين) حسين قاسم»,
"Şîrîn/Shirin Hisên Qasim", and what else brackets inside a name hold (a kunya, a note).

Cut at the brackets or the slash as two spellings of the whole name are, such a cell kept her
given name alone, and her father's and grandfather's names after it "did not spell the name":
she was missed and made anew. Inside a name the bracket or the glued slash gives another
spelling of the word before it; the other words are her name, in the order written. Two names
for one of her forebears («ليلى حسن/حسين علي»: Hasan or Hussein) are no spellings: the first is
read, the other said and not kept as her alias (it is her cousin's name).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.script import is_arabic_script
from app.importing.name_cells import KUNYA, nickname_after, read_cell

# Two words joined by a slash with no space: "Şîrîn/Shirin", «حسين/حسن» (a slash between spaces
# parts two whole spellings, "Şîrîn Hisên Qasim / Shirin Hussein Qasim", and stays so).
_GLUED = re.compile(r"(?<=[^\W\d_])/(?=[^\W\d_])")
# What the cell is cut into: a bracket (one level: «شيرين (شرين) حسين», "Şîrîn [Shirin] Hisên"),
# a word, or spaces.
_TOKEN = re.compile(r"[(\[][^()\[\]]*[)\]]|[^\s()\[\]]+|\s+")


@dataclass(frozen=True)
class Inside:
    """A name cell with a spelling (or a kunya, a note) inside it, as it is read."""

    name: str  # the name: the words outside the brackets (and before the slash), in order
    # (index among name's words of the word spelt, the other spelling): same script
    spellings: tuple[tuple[int, str], ...] = ()
    other_script: str = ""  # her given name in the other script ("Shirin" in «شيرين/Shirin ...»)
    nickname: str = ""  # a kunya or a name after "aka" in brackets, inside the name or after it
    asides: tuple[str, ...] = ()  # what brackets hold that is no spelling: a note, another name
    tail: str = ""  # brackets after the whole name ("(متوفية)"): read as before, as a note
    # (index among name's words, the other name, the two as written): a forebear's name written two
    # ways, «حسن/حسين»: two names, not spellings of one; the first is read, the other not kept
    two_names: tuple[tuple[int, str, str], ...] = ()


def read_inside(text: str) -> Inside | None:
    """The name of a cell that writes another spelling (or a note) inside it, or a kunya in
    brackets after it ("Nadia Murad (Umm Saeed)"); None for a cell that has none: nearly every
    cell, and one whose brackets or slash come after the whole name or part two whole spellings
    ("Nadia (نادية)", "خليل / Khalil"), which are read as before."""
    if "/" not in text and "(" not in text and "[" not in text:
        return None
    tokens = [t for t in _TOKEN.findall(text) if not t.isspace()]
    if "".join("".join(tokens).split()) != "".join(text.split()) \
            or any(not _bracket(t) and not any(c.isalpha() for c in t) for t in tokens) \
            or all(_bracket(t) for t in tokens):
        return None  # a bracket left open, a slash between spellings, or no name outside
    last = max(i for i, t in enumerate(tokens) if not _bracket(t))
    tail = tokens[last + 1:]
    kunya = next((i for i, t in enumerate(tail) if _nickname(_inner(t))), None)
    if not _inside(tokens) and kunya is None:
        return None
    after = tail.pop(kunya) if kunya is not None else ""
    words: list[str] = []
    spellings: list[tuple[int, str]] = []
    asides: list[str] = []
    other = nickname = ""
    two: list[tuple[int, str, str]] = []
    for at, token in enumerate(tokens[:last + 1]):
        beyond = None  # the name's words after a glued slash; None for a bracket
        if not _bracket(token):
            first, *rest = _GLUED.split(token)
            beyond = [_GLUED.split(t)[0] for t in tokens[at + 1:last + 1] if not _bracket(t)]
            if rest and not all(_spelling(first, r) or _two_names([*words, first], r, beyond)
                                for r in rest):
                return None  # "Qasim/Shirin Hussein": two whole spellings, read as before
            words.append(first)
            inner = rest
        else:
            inner = [_inner(token)]
        for said in inner:
            if not said or words and said.casefold() == words[-1].casefold():
                continue  # "()", or the word again
            if _two_names(words, said, beyond):
                two.append((len(words) - 1, said, f"{words[-1]}/{said}" if beyond is not None
                            else f"{words[-1]} ({said})"))
            elif words and len(said.split()) == 1 and _spelling(words[-1], said):
                if _same_script(words[-1], said):
                    spellings.append((len(words) - 1, said))
                elif len(words) == 1 and not other:
                    other = said
                else:
                    asides.append(said)
            elif not nickname and _nickname(said):
                nickname = _nickname(said)
            else:
                asides.append(said)
    if after and not nickname:
        nickname = _nickname(_inner(after))
    elif after:
        tail.insert(0, after)  # a second kunya: a note beside the name, as before
    if not words or not (spellings or other or nickname or asides or two):
        return None
    return Inside(" ".join(words), tuple(spellings), other, nickname, tuple(asides),
                  " ".join(tail), tuple(two))


def _bracket(token: str) -> bool:
    return token[0] in "(["


def _inner(token: str) -> str:
    """What a bracket holds; "" for a word."""
    return " ".join(token[1:-1].split()) if _bracket(token) else ""


def _nickname(said: str) -> str:
    """A kunya («ام سعيد», "Umm Saeed") or a name after "aka" («الملقبة كولي») in brackets."""
    cell = read_cell(said)
    if cell is not None and cell.kind == KUNYA:
        return cell.rest
    aka = nickname_after(said, alone=True)
    return aka[2] if aka else ""


def _inside(tokens: list[str]) -> bool:
    """A bracket with a word of the name after it, or a glued slash with another word of the
    name beside it."""
    named = [i for i, t in enumerate(tokens) if not _bracket(t)]
    last = named[-1]
    if any(_bracket(t) and i < last for i, t in enumerate(tokens)):
        return True
    return len(named) > 1 and any(_GLUED.search(tokens[i]) for i in named)


def _same_script(a: str, b: str) -> bool:
    return is_arabic_script(a) == is_arabic_script(b)


def _spelling(name: str, other: str) -> bool:
    """other another spelling of the word name («شرين» of «شيرين», Shirin of Şîrîn and of
    «شيرين»), not a note beside it («متوفية») or another name (Gulê beside Gulistan)."""
    from app.matching.namesim import text_sim

    if name.casefold() == other.casefold():
        return True
    return any(ch.isalpha() for ch in other) and text_sim(name, other) >= 0.6


def _two_names(words: list[str], said: str, beyond: list[str] | None) -> bool:
    """said, after a slash glued to the last of words (or in brackets after it), is another name
    for a forebear's or clan's name, not another spelling of it: «حسن/حسين», "Hesen/Husên",
    «سعيد/سعد», "Khalaf/Khalil": the list's writer did not know which her father is. Kept as her
    alias, her father's brother's daughter (Layla Hussein Ali, her cousin) became a certain match
    of her. Two spellings of one name («حسين/حوسين», "Hussein/Husên") are read as before.

    beyond: the name's words after the slash; None for brackets. Two names by the matching
    engine's own word similarity: no more alike than two brothers' names are (Hasan, Hussein)."""
    from app.matching.brothers import BROTHERS_SIM
    from app.matching.namesim import text_sim

    if len(words) < 2 or len(said.split()) != 1 or not any(ch.isalpha() for ch in said) \
            or not _same_script(words[-1], said) or text_sim(words[-1], said) > BROTHERS_SIM \
            or _pet_form(words[-1], said):
        return False  # her given name (as before), another script, or a spelling of the word
    if not beyond:
        # in brackets or at the end: a name near the word; farther, a note («نادية مراد/مفقودة»,
        # "(Gulê)") read as before
        return _spelling(words[-1], said)
    # a slash before a second whole name: her given name spelt again ("Şîrîn Hisên
    # Qasim/Shirin Hussein Qasim"), the same last word («نادية مراد/ليلى مراد»), or another
    # woman with another father («نادية مراد/ليلى خلف»: read as one woman, Layla's father became
    # Nadia's grandfather and a certain match of another Nadia Murad Khalaf), as before: only a
    # name near the word (Hasan, Hussein) is another name for it
    return _spelling(words[-1], said) and not _spelling(words[0], said) \
        and not _spelling(words[-1], beyond[-1])


# The Kurdish pet form of a man's name: its first letters and o (Alo of Ali, Qado of Qadir,
# Reşo of Reşîd, Hemo of Hemed; «علو», Sorani «عەلۆ»), the name he is called by at home. Written
# beside the name («علي/علو»), it is the same man, one name: an alias, not two names.
_PET_ENDINGS = ("o", "ۆ", "و")


def _pet_form(name: str, other: str) -> bool:
    """One of the two words is the other's pet form (its first two letters or more and o)."""
    for pet, full in ((name, other), (other, name)):
        stem = pet.casefold()[:-1]
        if pet.casefold().endswith(_PET_ENDINGS) and len(stem) >= 2 \
                and not full.casefold().endswith(_PET_ENDINGS) \
                and full.casefold().startswith(stem) and len(full) > len(stem):
            return True
    return False


def alias_of(inside: Inside, index: int, spelling: str) -> str:
    """What a record keeps of a spelling inside her name: another spelling of her given name
    (the first word) is an alias itself; another of a forebear's or clan's name is kept inside
    her whole name so spelt (as app/name_spellings.py keeps one), never as the word alone."""
    if index == 0:
        return spelling
    words = inside.name.split()
    words[index] = spelling
    return " ".join(words)


def two_given(line: str) -> tuple[str, tuple[str, ...]] | None:
    """A name that writes her two given names glued by a slash, her father's and grandfather's
    names after them («نادية/شيرين الياس حسن», "Nadia/Shirin Elias Hasan", "Nadya/Şîrîn Êlyas
    Hesen"): the line with the given names after the first taken out, and those names; None for
    any other line. Lists write so her birth name and the name she was given in captivity (or
    a nickname). Cut as two spellings of the whole name, only the first name was read and her
    father's and grandfather's names "did not spell" it. A spelling of the first name beside it
    («شيرين/شرين») stays for read_inside; a slash between spaces is glued first only after one
    name (one_before_slash), for between two whole names it parts two spellings or persons."""
    words = line.split()
    names = _GLUED.split(words[0]) if any(_word(w) for w in words[1:]) else []
    if len(names) < 2 or not all(_word(n) for n in names):
        return None
    others = tuple(n for n in names[1:] if not _spelling(names[0], n))
    if not others or any(not _same_script(names[0], n) for n in others):
        return None  # spellings only, or a name in the other script: read as before
    kept = "/".join(n for n in names if n not in others)
    return " ".join((kept, *words[1:])), others


# One name, a slash between spaces, and a name of two words or more: «نادية / شيرين الياس حسن».
_ONE_BEFORE_SLASH = re.compile(r"^\s*(\S+)\s+/\s+(\S+)((?:\s+\S+)+)\s*$")


def one_before_slash(line: str) -> str | None:
    """A line of one name, a slash between spaces and a whole name in the same script
    («نادية / شيرين الياس حسن», "Şîrîn / Shirin Hisên Qasim") with the slash glued, as
    two_given and read_inside read it: her two given names (or two spellings of it) before her
    father's. Cut as two whole spellings, only the one name was kept and her father's and
    grandfather's names "did not spell" it. None for any other line (two whole names each side
    of the slash are two spellings, or two persons)."""
    m = _ONE_BEFORE_SLASH.match(line)
    if m is None or not (_word(m[1]) and _word(m[2]) and _same_script(m[1], m[2])):
        return None
    return f"{m[1]}/{m[2]}{m[3]}"


def _word(text: str) -> bool:
    """Letters only (with their vowel marks, as an Arabic name or a decomposed ê may carry)."""
    return any(c.isalpha() for c in text) \
        and all(c.isalpha() or unicodedata.category(c).startswith("M") for c in text)
