"""Whether a free text (a report's, a field's) names a person: her given name near her father's."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache, partial

from app.domain.person import NamePart, NameText, Person
from app.domain.script import has_arabic
from app.matching.kin_words import (
    EVERYDAY_NOT_NAMES,
    STOP_WORDS,
    function_words_at,
    has_in_law,
    is_everyday_use,
    is_kin_word,
)
from app.matching.namesim import SAME_NAME_SIM, text_tokens, word_sim
from app.matching.score import MATCH_AT, forms_sim, part_evidence
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
# Her own given name, in a text about her, is read as another woman's only written as a name:
# that given name then the other's father, side by side or with only these words between.
_GLUE = frozenset({"the", "a", "of", "her", "his", "eldest", "youngest", "little"})
# Across scripts a word is a name word only this close to it (above score.MATCH_AT, where
# "silo" is سلوى and "man" من); Ilyas and الياس, the loosest spelling kept, are 0.898.
ACROSS_SAME_NAME = 0.89
# Arabic writes "and" glued to the word after it: وليلى is "and Layla" ("I saw Nadia and Layla",
# رأيت نادية وليلى). Read without it too, where three letters or more are left (وعد, Waad, is
# not "and" with عد). Not ل ("to"): لبنان would be "to Banan".
_AND = "و"


# Digits are no part of a name: one glued to a word (Perwin٣, ٢٠١٧Raqqa) would hide the name
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")


def text_sentences(text: str) -> list[tuple[str, ...]]:
    """The folded words of each sentence of a text, as a name's are folded (normalize.tokens:
    each script by its own rule, particles such as bint, kiça, "daughter of" left out)."""
    return [words for _, words in _sentence_parts(text)]


def _sentence_parts(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(each sentence as typed, its folded words), of text_sentences."""
    text = _DIGITS.sub(" ", _POSSESSIVE.sub("", text))
    return [(part, words) for part in _SENTENCE_END.split(text) if (words := text_tokens(part))]


@lru_cache(maxsize=200_000)
def same_name(word: str, name_word: str) -> bool:
    """Whether a folded word of a text is this folded name word: the same once folded (with or
    without a glued article), or a spelling of it as close as the matcher takes for one name:
    in one script namesim.SAME_NAME_SIM; in either, as the matcher agrees a name part
    (score.forms_sim, its own cross-script reading: Ilyas and الياس, Leila and Layla) at
    ACROSS_SAME_NAME, of a word of three letters or more. A function word (إلى, في, "from") is
    never a name word."""
    if word in STOP_WORDS:
        return False
    if set(token_variants(word)) & set(token_variants(name_word)):
        return True
    if word.startswith(_AND) and len(word) > 3 \
            and same_name(word[1:], name_word):
        return True
    one_script = has_arabic(word) == has_arabic(name_word)
    if one_script and word_sim(word, name_word) >= SAME_NAME_SIM:
        return True
    if len(word) < 3:
        return False
    # In one script too as the matcher agrees a name part: "Leila Khalil" printed where she is
    # of a held Layla Khalil known only in Latin letters (0.91), where Ilyas found الياس.
    # (a given name and its feminine, Samir and سميرة, are two persons' names to it too)
    return forms_sim((word,), (name_word,), False, True) >= max(MATCH_AT, ACROSS_SAME_NAME)


@lru_cache(maxsize=200_000)
def may_name(word: str, name_word: str, part: NamePart) -> bool:
    """Whether a folded word of a text may be this folded word of a held person's name part
    (her given name, her father's): same_name, or a spelling the matcher counts for her as
    that part, in any script with any (score.part_evidence: weighs for one person, a match
    or a partial agreement above its neutral point), as search ranks her first by it:
    Suleiman and Silêman (0.89), Sulaiman (0.84), Abdullah and Evdile (0.81), Khudur and Xidir
    (0.78). Not a brother's name for hers (Samir, سميرة), which weighs against her. Read so of
    her given and father's names together, and of an alias whole; never of a given name alone,
    which at such a likeness is too often an everyday word (ناحية, a district, and نادية), nor
    of the names of the persons a text is about (same_name): taken for theirs, hers is hid."""
    if same_name(word, name_word):
        return True
    if word in STOP_WORDS or word in EVERYDAY_NOT_NAMES or len(word) < 3:
        return False
    return part_evidence(part, (word,), (name_word,))[2] > 0


_AS_GIVEN = partial(may_name, part=NamePart.GIVEN)
_AS_FATHER = partial(may_name, part=NamePart.FATHER)


def may_name_any(word: str, name_word: str) -> bool:
    """may_name as her given name or a forebear's: a word of an alias, whose parts are not
    told; the words a text's candidates are looked up by."""
    return _AS_GIVEN(word, name_word) or _AS_FATHER(word, name_word)


@dataclass(frozen=True)
class Naming:
    """The ways a text names her: her given name near her father's (pairs, either script),
    an alias of two words or more whole, her given name alone (given); called: every name
    she is called by alone, of a relative (her given name, each alias, her nickname)."""

    pairs: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
    aliases: tuple[tuple[str, ...], ...]
    given: tuple[tuple[str, ...], ...]
    called: tuple[tuple[str, ...], ...] = ()


def naming(p: Person) -> Naming:
    spelt = lambda part: [t for t in (p.names.get(part, NameText()).original,  # noqa: E731
                                      p.names.get(part, NameText()).latin) if t and t.strip()]
    given = [g for g in dict.fromkeys(text_tokens(g) for g in spelt(NamePart.GIVEN)) if g]
    father = [f for f in dict.fromkeys(text_tokens(f) for f in spelt(NamePart.FATHER)) if f]
    aliases = [w for a in p.aliases if len(w := text_tokens(a)) > 1]
    # "Dalal said her aunt Lulu was kept in Raqqa": an alias of one word is another spelling
    # of her given name or a name she is called by (merge_aliases.py), and so is a nickname
    called = [*given, *(w for a in (*p.aliases, *spelt(NamePart.NICKNAME))
                        if (w := text_tokens(a)))]
    return Naming(tuple((g, f) for g in given for f in father),
                  tuple(dict.fromkeys(aliases)), tuple(given), tuple(dict.fromkeys(called)))


def _at(words: tuple[str, ...], run: tuple[str, ...], free: set[int],
        same: Callable[[str, str], bool] = same_name) -> list[range]:
    """Where run stands in words, word after word, on positions in free only, each word the
    same name as same reads it. A function word inside a name of two words or more is that
    word written as it is: أم of أم خالد (Umm Khalid) is also "or", never a name alone, and
    the nickname or alias was never found."""
    whole = len(run) > 1
    return [span for i in range(len(words) - len(run) + 1)
            if all(i + j in free for j in range(len(run)))
            and all((whole and words[i + j] == w) or same(words[i + j], w)
                    for j, w in enumerate(run))
            for span in [range(i, i + len(run))]]


def _between(a: range, b: range) -> range:
    first, second = (a, b) if a.start < b.start else (b, a)
    return range(first.stop, second.start)


def _pairs(words: tuple[str, ...], n: Naming, free: set[int]) -> list[tuple[range, range]]:
    """Each pair of her given and father's name found in words, up to GAP words apart, her
    father's name first only with a word between ("Khalil's daughter Layla"; side by side,
    أحمد نايف is Ahmad son of Naif, a name as names are written, not Naif son of Ahmad)."""
    found = []
    for g, f in n.pairs:
        for gs in _at(words, g, free, _AS_GIVEN):
            for fs in _at(words, f, free, _AS_FATHER):
                if set(gs) & set(fs):
                    continue
                gap = _between(gs, fs)
                if fs.start < gs.start and not gap:
                    continue
                if len(gap) <= GAP:
                    found.append((gs, fs))
    return found


def _aliases(words: tuple[str, ...], n: Naming, free: set[int],
             same: Callable[[str, str], bool] = same_name) -> list[range]:
    return [span for a in n.aliases for span in _at(words, a, free, same)]


class Text:
    """A text read for names, once, knowing the persons it is about (its own: the persons a
    report is filed under, an operation's, the person a field is of). Their given names are
    theirs wherever they stand: "Ali brought Nadia" names no held Nadia Ali, "Nadia Murad
    freed" no held namesake Nadia Murad. Their fathers' names are not masked: sisters share
    them, and "Layla Khalil, sister of Nadia" names Layla Khalil still."""

    def __init__(self, text: str, own: list[Person],
                 places: Callable[[tuple[str, ...]], set[int]] | None = None) -> None:
        """places: where the text is a place typed (her abduction place, a report's Place),
        the positions of a sentence's words that stand in a known place's name
        (place_words.PlaceNames.at): never read as a given name alone there (her village Siba
        Sheikh Khidir is no brother Khidir), but as ever in her given and father's names or an
        alias whole: "where Siba Khalil is kept" names a held Siba Khalil."""
        self.typed = text
        parts = _sentence_parts(text)
        self.sentences = [words for _, words in parts]
        # per sentence: the function words as typed (على, said), never a name alone
        self.function = [function_words_at(part, words) for part, words in parts]
        self.own = [naming(p) for p in own]
        # per sentence: positions free of an alias of her own (opened), of a known place's
        # name too (free: for a given name alone), and of her own given name
        self.opened: list[set[int]] = []
        self.free: list[set[int]] = []
        self.own_given: list[set[int]] = []
        for words in self.sentences:
            opened = set(range(len(words)))
            for n in self.own:
                for span in _aliases(words, n, opened):
                    opened -= set(span)
            self.opened.append(opened)
            self.free.append(opened - (places(words) if places else set()))
            self.own_given.append({i for n in self.own for g in n.given
                                   for span in _at(words, g, opened) for i in span})

    @cached_property
    def has_kin_word(self) -> bool:
        """Whether a kinship word stands anywhere in the text (kin_words.is_kin_word), or an
        in-law written whole ("sister-in-law": its "in" is no kinship word)."""
        return any(is_kin_word(w) for words in self.sentences for w in words) \
            or has_in_law(self.typed)

    @property
    def words(self) -> set[str]:
        return {w for words in self.sentences for w in words}

    def names(self, p: Person, given_alone: bool = False, further_off: bool = False) -> bool:
        """Whether the text names her: her given and father's names near (GAP), an alias
        whole; given_alone: her given name alone too, or an alias or nickname of hers (a
        relative of its own persons: "her sister Nadia"), unless used as an everyday word (في
        صباح يوم, "in the morning of"); further_off: so only where the text has a kinship word
        anywhere ("her aunt, who is called Layla", "Her aunt is held. Layla is ill"), and
        never by a function word as typed (على, "on", is not an uncle Ali; "said" not a
        grandfather Saeed): a relative two or three links off, whose name read alone in a text
        with no kinship word took "summer" for Samir. A relative linked directly is named by
        على or "said" too ("أخوها على", her brother Ali typed without his dots). A given name
        of the text's own persons is hers, not p's, unless written as p's name: given then p's
        father side by side, a father not hers. Where her given name is unknown, by an alias
        or nickname only."""
        n = naming(p)
        given_alone = given_alone and not (further_off and not self.has_kin_word)
        for words, opened, free, own, function in zip(self.sentences, self.opened, self.free,
                                                      self.own_given, self.function, strict=True):
            # (a man's given and father's name with a tribe's nisba after it is not told from
            # a held boy's: "Ali Hassan al-Sinjari" is a held boy as often as "Ali Hassan
            # al-Jubouri" is a captor, and a report kept back wrongly is seen by the team)
            if any(not set(gs) & own or self._as_name(words, gs, fs)
                   for gs, fs in _pairs(words, n, opened)):
                return True
            if _aliases(words, n, opened - own, may_name_any):
                return True
            alone = free - own - (function if further_off else set())
            if given_alone and any(not is_everyday_use(words, span)
                                   for g in n.called for span in _at(words, g, alone)):
                return True
        return False

    def _as_name(self, words: tuple[str, ...], gs: range, fs: range) -> bool:
        """Whether her own given name at gs is written here as another's, with fs: given then
        father, only glue between, and that father's name not one of hers."""
        if fs.start < gs.stop or not all(words[i] in _GLUE for i in _between(gs, fs)):
            return False
        # the fathers of the own persons this given name is, only: "Nadia Hassan" in a report
        # filed under Nadia Khalil and Layla Hassan names a held Nadia Hassan (Hassan is
        # Layla's father, not Nadia's)
        given = words[gs.start:gs.stop]
        mine = [n for n in self.own if any(_at(given, g, set(range(len(given))))
                                             for g in n.given)]
        # read as her father's name is read for the held (may_name): "Amal Khudur was freed",
        # filed under Amal Khidir, is hers, not a held namesake's
        return not any(_at(words[fs.start:fs.stop], f, set(range(len(fs))), _AS_FATHER)
                       for n in mine for _, f in n.pairs)
