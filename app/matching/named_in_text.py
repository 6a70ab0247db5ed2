"""Whether a free text (a report's, a field's) names a person: her given name near her father's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from app.domain.person import NamePart, NameText, Person
from app.domain.script import has_arabic
from app.matching.kin_words import COMMON_WORDS, is_kin_word
from app.matching.namesim import SAME_NAME_SIM, text_tokens, word_sim
from app.matching.score import MATCH_AT, forms_sim
from app.text.normalize import token_variants

# A sentence ends here: "... saw Nadia. Murad said" names no Nadia Murad. Not at a comma:
# "Nadia, daughter of Murad" does.
_SENTENCE_END = re.compile(r"[.!?؟؛;\n]+")
# An English possessive: "Khalil's daughter Layla" is Khalil's, not a word "khalils".
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.IGNORECASE)
# Her given name and her father's name this many words apart at most, in either order, name
# her: "Layla, the daughter of Khalil", "Khalil's daughter Layla", "Khalil's eldest, Layla".
# Wider than the ways a name is written, on purpose: a report kept back that named no one
# held is seen by the team (the command line names whom), one printed tells where she is.
GAP = 2
# Between the given and father's name of a person the text is about, only these words let
# them be read as her (masked): a wider gap could swallow another's given name between.
_GLUE = frozenset({"the", "a", "of", "her", "his", "eldest", "youngest", "little"})


def text_sentences(text: str) -> list[tuple[str, ...]]:
    """The folded words of each sentence of a text, as a name's are folded (normalize.tokens:
    each script by its own rule, particles such as bint, kiça, "daughter of" left out)."""
    text = _POSSESSIVE.sub("", text)
    return [words for part in _SENTENCE_END.split(text) if (words := text_tokens(part))]


@lru_cache(maxsize=200_000)
def same_name(word: str, name_word: str) -> bool:
    """Whether a folded word of a text is this folded name word: the same once folded (with or
    without a glued article), or a spelling of it as close as the matcher takes for one name:
    in one script namesim.SAME_NAME_SIM; across scripts as the matcher agrees a name part
    (score.forms_sim at MATCH_AT, its own cross-script reading: Ilyas and الياس)."""
    if set(token_variants(word)) & set(token_variants(name_word)):
        return True
    if has_arabic(word) == has_arabic(name_word):
        return word_sim(word, name_word) >= SAME_NAME_SIM
    # (a given name and its feminine, Samir and سميرة, are two persons' names to it too)
    return forms_sim((word,), (name_word,), False, True) >= MATCH_AT


@dataclass(frozen=True)
class Naming:
    """The ways a text names her: her given name near her father's (pairs, either script),
    an alias of two words or more whole, her given name alone."""

    pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    aliases: tuple[tuple[str, ...], ...]
    given: tuple[tuple[str, ...], ...]


def naming(p: Person) -> Naming:
    spelt = lambda part: [t for t in (p.names.get(part, NameText()).original,  # noqa: E731
                                      p.names.get(part, NameText()).latin) if t and t.strip()]
    given = [g for g in dict.fromkeys(text_tokens(g) for g in spelt(NamePart.GIVEN)) if g]
    father = [f for f in dict.fromkeys(text_tokens(f) for f in spelt(NamePart.FATHER)) if f]
    aliases = [w for a in p.aliases if len(w := text_tokens(a)) > 1]
    return Naming(tuple((g, f) for g in given for f in father),
                  tuple(dict.fromkeys(aliases)), tuple(given))


def _at(words: tuple[str, ...], run: tuple[str, ...], free: set[int]) -> list[range]:
    """Where run stands in words, word after word, on positions in free only."""
    return [span for i in range(len(words) - len(run) + 1)
            if all(i + j in free for j in range(len(run)))
            and all(same_name(words[i + j], w) for j, w in enumerate(run))
            for span in [range(i, i + len(run))]]


def _between(a: range, b: range) -> range:
    first, second = (a, b) if a.start < b.start else (b, a)
    return range(first.stop, second.start)


def _pairs(words: tuple[str, ...], n: Naming, free: set[int], tight: bool) -> list[set[int]]:
    """The positions of each pair of her given and father's name found in words. tight: as a
    name of hers is written (side by side, or with only glue or kinship words between: the
    words a text about her is read as hers); else up to GAP words apart, her father's name
    first only with a word between ("Khalil's daughter Layla"; side by side, أحمد نايف is
    Ahmad son of Naif, a name as names are written, not Naif son of Ahmad)."""
    found = []
    for g, f in n.pairs:
        for gs in _at(words, g, free):
            for fs in _at(words, f, free):
                if set(gs) & set(fs):
                    continue
                gap = _between(gs, fs)
                if tight and not all(words[i] in _GLUE or is_kin_word(words[i]) for i in gap):
                    continue
                if fs.start < gs.start and not gap:
                    continue
                if len(gap) <= GAP + (1 if tight else 0):
                    found.append(set(gs) | set(fs))
    for a in n.aliases:
        found += [set(span) for span in _at(words, a, free)]
    return found


class Text:
    """A text read for names, once: the words that name the persons it is about (its own:
    the persons a report is filed under, an operation's, the person a field is of) masked
    first, so that "Nadia Murad freed" names no held namesake Nadia Murad, nor her given
    name a held woman of that name."""

    def __init__(self, text: str, own: list[Person]) -> None:
        self.sentences = text_sentences(text)
        own_names = [naming(p) for p in own]
        # positions free of a name of her own: for another's given and father's name, and for
        # another's given name alone (not her own given name either)
        self.free: list[set[int]] = []
        self.free_alone: list[set[int]] = []
        for words in self.sentences:
            free = set(range(len(words)))
            for n in own_names:
                for span in _pairs(words, n, free, tight=True):
                    free -= span
            alone = set(free)
            for n in own_names:
                for g in n.given:
                    for span in _at(words, g, alone):
                        alone -= set(span)
            self.free.append(free)
            self.free_alone.append(alone)

    @property
    def words(self) -> set[str]:
        return {w for words in self.sentences for w in words}

    def names(self, p: Person, given_alone: bool = False) -> bool:
        """Whether the text names her: her given and father's names near (GAP), an alias
        whole; given_alone: her given name alone too (a relative of its own persons: "her
        sister Nadia"), but a given name that is an everyday word (صباح, morning) only beside
        a kinship word. None where her given name is unknown."""
        n = naming(p)
        for words, free, alone in zip(self.sentences, self.free, self.free_alone, strict=True):
            if _pairs(words, n, free, tight=False):
                return True
            if given_alone and any(self._alone(words, span)
                                   for g in n.given for span in _at(words, g, alone)):
                return True
        return False

    @staticmethod
    def _alone(words: tuple[str, ...], span: range) -> bool:
        if not any(words[i] in COMMON_WORDS for i in span):
            return True
        near = range(max(0, span.start - 2), min(len(words), span.stop + 2))
        return any(is_kin_word(words[i]) for i in near if i not in span)
