"""Whether a free text (a report's) names a person: her given name followed by her father's."""

from __future__ import annotations

import re

from app.domain.person import NamePart, NameText, Person
from app.domain.script import has_arabic
from app.matching.namesim import ACROSS_SAME_NAME, SAME_NAME_SIM, text_tokens, word_sim
from app.text.normalize import token_variants

# A sentence ends here: "... saw Nadia. Murad said" names no Nadia Murad. Not at a comma:
# "Nadia, daughter of Murad" does.
_SENTENCE_END = re.compile(r"[.!?؟؛;\n]+")


def text_sentences(text: str) -> list[tuple[str, ...]]:
    """The folded words of each sentence of a text, as a name's are folded (normalize.tokens:
    each script by its own rule, particles such as bint, kiça, "daughter of" left out)."""
    return [words for part in _SENTENCE_END.split(text) if (words := text_tokens(part))]


def same_name(word: str, name_word: str) -> bool:
    """Whether a folded word of a text is this folded name word: the same once folded (with or
    without a glued article), or a spelling of it as close as the matcher takes for one name
    (namesim.SAME_NAME_SIM; across scripts ACROSS_SAME_NAME: Nadia and نادية)."""
    if set(token_variants(word)) & set(token_variants(name_word)):
        return True
    same = SAME_NAME_SIM if has_arabic(word) == has_arabic(name_word) else ACROSS_SAME_NAME
    return word_sim(word, name_word) >= same


def name_runs(p: Person, given_alone: bool = False) -> list[tuple[str, ...]]:
    """The runs of folded words that name her in a text: her given name then her father's, in
    either script (and one of each); each alias of two words or more, whole (it is her whole
    name spelt another way); given_alone: her given name alone too (a relative of the persons
    a report is filed under: "her sister Nadia"). None where her given name is unknown."""
    spelt = lambda part: [t for t in (p.names.get(part, NameText()).original,  # noqa: E731
                                      p.names.get(part, NameText()).latin) if t and t.strip()]
    given = [text_tokens(g) for g in spelt(NamePart.GIVEN)]
    father = [text_tokens(f) for f in spelt(NamePart.FATHER)]
    runs = [g + f for g in given for f in father if g and f]
    runs += [words for a in p.aliases if len(words := text_tokens(a)) > 1]
    if given_alone:
        runs += [g for g in given if g]
    return list(dict.fromkeys(runs))


def names_in(sentences: list[tuple[str, ...]], runs: list[tuple[str, ...]]) -> bool:
    """Whether one of the sentences holds one of the runs, word after word."""
    for words in sentences:
        for run in runs:
            for i in range(len(words) - len(run) + 1):
                if all(same_name(words[i + j], w) for j, w in enumerate(run)):
                    return True
    return False
