"""Score two person records as "the same person?" with a per-field explanation of why.

Names decide; sex, birth year, origin village and abduction date confirm or cast doubt.
Every field says match / partial / mismatch / blank with the two values, so the lawyer can see
the reason for a proposal instead of trusting a number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache

from app.domain.fuzzydate import ABDUCTIONS_BEGAN, FuzzyDate
from app.domain.person import FULL_NAME_ORDER, NamePart, NameText, Person, Sex
from app.domain.script import has_arabic
from app.matching.brothers import one_name
from app.matching.first_y import arabic_y_against_alif, y_against_alif
from app.matching.namesim import (
    SAME_NAME_SIM,
    apart_unseen_across,
    gendered,
    is_sorani,
    long_vowel_apart,
    long_vowel_unseen,
    pattern_apart,
    positional_sims,
    sorani_long_apart,
    sorani_short,
    text_sim,
    text_tokens,
)
from app.text.normalize import MOTHER_OF, WIFE_OF, named_for


class Verdict(StrEnum):
    MATCH = "match"
    PARTIAL = "partial"
    MISMATCH = "mismatch"
    BLANK = "blank"


@dataclass(frozen=True)
class FieldResult:
    field: str
    verdict: Verdict
    left: str
    right: str
    similarity: float | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["verdict"] = str(self.verdict)
        if self.similarity is not None:
            d["similarity"] = round(self.similarity, 3)
        return d


@dataclass
class MatchScore:
    score: float
    fields: list[FieldResult] = field(default_factory=list)
    note: str = ""  # how the names were read, when not part by part (LEFT_OUT)
    # How far apart the births are, when they disagree (births_apart_note): said, as a user
    # cannot be expected to work it out from 'age 12 in 2026' beside '2002'.
    births: str = ""
    # The score before GIVEN_PARTLY_BIRTHS_APART_CAP squeezed it, None when not squeezed: import
    # still asks about a row that the unsqueezed score would have been asked about.
    unsqueezed: float | None = None

    @property
    def births_apart(self) -> bool:
        """The births disagree, more than BIRTH_TOLERANCE years between them as written."""
        return bool(self.births)

    def to_dict(self) -> dict:
        d = {"score": round(self.score, 3), "fields": [f.to_dict() for f in self.fields]}
        if self.note:
            d["note"] = self.note
        if self.births:
            d["births"] = self.births
        if refused := self.merge_doubts():
            d["merge_refused"] = [f.field for f in refused]
        return d

    def summary(self) -> str:
        """One line such as 'given match, father partial, sex mismatch' (and the notes)."""
        shown = (f for f in self.fields if f.verdict != Verdict.BLANK)
        line = ", ".join(f"{f.field} {f.verdict}" for f in shown)
        return "; ".join([line, *filter(None, (self.note, self.births))])

    def summary_with_values(self) -> str:
        """summary() with the two values beside each field that only partly agrees or
        disagrees ('father partial: Hesen / حسين'): "partial" alone does not say whether it
        is a slip of the pen or a cousin's other father."""
        shown = (f for f in self.fields if f.verdict != Verdict.BLANK)
        line = ", ".join(f"{f.field} {f.verdict}" + (
            f": {f.left} / {f.right}" if f.verdict in (Verdict.PARTIAL, Verdict.MISMATCH)
            and f.left and f.right else "") for f in shown)
        return "; ".join([line, *filter(None, (self.note, self.births))])

    def contradictions(self) -> list[FieldResult]:
        """The fields that tell two people apart on which the records disagree (IDENTITY):
        sex, both known, or a given, father's, grandfather's or mother's name."""
        return [f for f in self.fields if f.verdict == Verdict.MISMATCH and f.field in IDENTITY]

    def merge_doubts(self) -> list[FieldResult]:
        """What a merge asks about first: the contradictions, and given names that only partly
        agree (Basima and Basma, Salma and سليمة: sisters' names), as an update from a list
        asks. Two sisters scored 1.00 as duplicates (every other name alike) and one command
        made one record of them. And a father's or grandfather's name only partly alike
        (حسن and حسين: cousins of one given name), and births farther apart than one woman's
        lists put them (_list_years_apart: a namesake 30 years older, who died, was merged
        into a girl unasked and made her dead; births a few years apart are one woman's
        often, and merge as before)."""
        return [f for f in self.fields if f.field in IDENTITY and (
            f.verdict == Verdict.MISMATCH
            or f.field in ("given", "father", "grandfather") and f.verdict == Verdict.PARTIAL)
            or f.field == "birth" and self.births_far_apart]

    @property
    def births_far_apart(self) -> bool:
        """The births lie farther apart than an age then beside an age now explains."""
        said = births_apart_from(self.births) if self.births else None
        if said is None or said[1] is not None:
            return False  # agreeing, or agreeing once her age is read as when taken
        return int(said[0].split("-")[0]) > _list_years_apart()


# Fields whose disagreement means "perhaps another person of the same names", not a typo. Not
# the clan: lists name a tribe or one of its branches for the same woman.
IDENTITY = frozenset({"given", "father", "grandfather", "mother", "sex"})


# Evidence weights (log-odds style, Fellegi-Sunter): what agreement (first) and disagreement
# (second) on a field say about "same person". Siblings share father, grandfather, family and
# mother, so the given name says most; a clan name is shared by thousands, so it says little.
PART_WEIGHTS = {
    NamePart.GIVEN: (4.0, -4.5), NamePart.FATHER: (3.0, -4.0),
    NamePart.GRANDFATHER: (2.5, -3.5), NamePart.FAMILY: (1.5, -3.0),
    NamePart.MOTHER: (2.0, -2.0),
}
SEX_WEIGHTS = (0.3, -3.0)
# Births more than BIRTH_TOLERANCE years apart disagree. Birth years ten or more apart weighed
# -4.5 ("a typo in a year rarely does that"), but in these lists a typo is not what puts one
# woman's births far apart. Her age is most of what a list says of her birth, and a family
# asked years later often gives the age she was taken at: her age of 2014 in a list of 2026
# puts her birth the twelve years since after the record a list of 2014 made; families guess
# too. So her two births 11-12 years apart are common here, and -4.5 made a row of her given
# and father's name, sex and village a new person unasked (0.17). Up to the years since the
# abductions began, and a guess's tolerance beyond (_list_years_apart: 15 in 2026), births
# apart weigh as any that disagree (-2.5: 0.52, asked about, dedupe.BIRTH_ALONE); only farther
# apart, which neither the year of a list nor a guess explains (a namesake of her mother's
# generation), as before (BIRTH_FAR_WEIGHT). Sisters stay apart by their given names, and
# births that disagree are never taken as certain (dedupe.Match.births_apart). On the
# duplicate benchmark, which draws no birth a list's year apart, -4.5 and -2.5 for ten years
# and more propose the same pairs.
BIRTH_WEIGHTS = {Verdict.MATCH: 1.5, Verdict.PARTIAL: 0.2, Verdict.MISMATCH: -2.5}
BIRTH_TOLERANCE = 3  # years: an age guessed, or given a year early or late
BIRTH_FAR_WEIGHT = -4.5
# Given names that only partly agree (Nadia and Nada, Samira and Samia) and births more than
# BIRTH_TOLERANCE years apart: sisters, or one woman whose name was spelt two ways (Suzan and
# Susan, Kawthar and Kowsar) and whose age was guessed by her family or given years later.
# Sisters share every other name part, their mother and their village, so those agreeing say
# little between them: uncapped, such sisters four years apart scored 0.95-0.98, as near
# certain as a true duplicate, while the explanation said "given partial, birth mismatch".
# Weighed so far down that they fell below UNLIKELY (-4.5 more), one woman's two records of
# that shape became two women unasked, the gravest outcome. So such a pair is possible, never
# more: a score above even odds (0.5) is squeezed into 0.5 to GIVEN_PARTLY_BIRTHS_APART_CAP,
# below import's PROBABLE (0.83) and the duplicates threshold (0.87), and asked about
# (GIVEN_PARTLY_BIRTHS_APART); squeezed, not cut off, so that the closer given names
# and the more agreeing still rank first (a list's new sister fits her nearest sister best).
# Below even odds nothing changes: never raised, never pushed down to unasked. Births the same,
# a year apart or left out (the duplicate benchmark's true pairs), or agreeing once an age is
# read as her age when taken (_age_then), are not squeezed.
GIVEN_PARTLY_BIRTHS_APART_CAP = 0.80
# A birth worked out from an age given in a later year that agrees once that age is read as
# her age when she was taken (see _age_then): the plain reading disagrees, the other agrees,
# and nothing tells which one the list meant, so the birth says nothing either way.
AGE_THEN_WEIGHT = 0.0
VILLAGE_WEIGHTS = {Verdict.MATCH: 0.8, Verdict.PARTIAL: 0.2, Verdict.MISMATCH: -1.5}
ABDUCTION_WEIGHTS = {Verdict.MATCH: 0.3, Verdict.PARTIAL: 0.0, Verdict.MISMATCH: -0.5}
# Total evidence that maps to a score of 0.5, and how fast the score rises around it:
# given + father agreeing alone (7) gives about 0.78; three name parts (9.5) about 0.96.
MIDPOINT, SPREAD = 5.5, 1.2
MATCH_AT, PARTIAL_AT = 0.85, 0.70


# Similarity anchors for name evidence: (at or below: full disagreement, neutral, at or above:
# full agreement). A one-letter slip (دلال / دال) lands near neutral: it happens to copies of
# one person as often as sisters' names differ by a letter (Sahira, Samira). The given name is
# judged more strictly because siblings share every other part.
_ANCHORS = {NamePart.GIVEN: (0.62, 0.74, 0.90)}
_DEFAULT_ANCHORS = (0.55, 0.68, 0.88)


def _name_weight(part: NamePart, sim: float) -> float:
    """Evidence (log-odds style) of one name part from its similarity."""
    agree, disagree = PART_WEIGHTS[part]
    lo, mid, hi = _ANCHORS.get(part, _DEFAULT_ANCHORS)
    if sim >= hi:
        return agree
    if sim >= mid:
        return agree * (sim - mid) / (hi - mid)
    if sim > lo:
        return disagree * (mid - sim) / (mid - lo)
    return disagree


def _weigh(weights: tuple[float, float], agreement: float) -> float:
    agree, disagree = weights
    return disagree + (agree - disagree) * agreement


def _verdict(sim: float) -> Verdict:
    return Verdict.MATCH if sim >= MATCH_AT else Verdict.PARTIAL if sim >= PARTIAL_AT \
        else Verdict.MISMATCH


def _forms(nt: NameText | None) -> tuple[str, ...]:
    if nt is None:
        return ()
    return tuple(t for t in (nt.original.strip(), nt.latin.strip()) if t)


def _show(forms: tuple[str, ...]) -> str:
    return " / ".join(forms)


@lru_cache(maxsize=200_000)  # lists repeat the same spellings of the same names endlessly
def forms_sim(fa: tuple[str, ...], fb: tuple[str, ...], given: bool = False,
              gender_apart: bool = False) -> float:
    """The best agreement between the two records' spellings of a name, any script with any.

    given: of given names, only the same script with the same when those differ in what the
    other script does not write, as sisters' names do (Basima and Basma; باسمة and بسمة):
    Basma agrees with باسمة, yet is another name. Not for the names sisters share, where it
    would only lose spellings of one name (حجي, حاجي).
    gender_apart: a given name and its feminine (Jamil, جميلة) agree no more than partly, and
    lean against one person (GENDER_APART_SIM).
    """
    pairs = [(a, b) for a in fa for b in fb]
    apart: set[tuple[str, str]] = set()
    if given:
        alike = [(a, b) for a, b in pairs if has_arabic(a) == has_arabic(b)]
        apart = {(a, b) for a, b in alike if apart_unseen_across(a, b)
                 or (sorani_short(a, b) or sorani_long_apart(a, b))
                 and not _latin_confirms(a, b, fa, fb)}
        # A written ي against a written alif (يسرى Yusra, إسراء Israa: often sisters) is another
        # name; in Arabic letters on both sides that holds whatever their Latin spellings read
        # like across (Israa against يسرى, 0.97, made a list's يسرى a certain update of Israa).
        if apart or any(arabic_y_against_alif(a, b, fa, fb) for a, b in alike):
            pairs = alike
        apart |= {(a, b) for a, b in pairs if y_against_alif(a, b)}
        # Across scripts only a long vowel Arabic writes and Latin lacks tells (Salma, سليمة),
        # or a name's pattern, which says where a vowel is (باسمة Basima, not Basma).
        apart |= {(a, b) for a, b in pairs if has_arabic(a) != has_arabic(b)
                  and (long_vowel_unseen(a, b) or pattern_apart(a, b))}
    else:
        # A forebear's name: a long vowel one script writes and the other has not there
        # (حسين, Hassan; حسن, Hussein; محمد, Mahmoud) is a cousin's father, not hers.
        # So is a long vowel Sorani writes (ێ, ۆ) that an Arabic spelling lacks (سلێمان, سلمان).
        apart = {(a, b) for a, b in pairs if (
            long_vowel_apart(a, b) if has_arabic(a) != has_arabic(b) else sorani_long_apart(a, b))
            and not one_name(a, b)}
    return max((_capped(a, b, (a, b) in apart, gender_apart) for a, b in pairs), default=0.0)


def latin_only_match(fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """The given names match only through a Latin spelling that may stand for either of two
    names the records' Arabic letters tell apart (_arabic_two_names): explained as partly
    alike, so never a certain update, while scored as they match (see _parts)."""
    return part_evidence(NamePart.GIVEN, fa, fb)[1] == Verdict.MATCH and _arabic_two_names(fa, fb)


def _arabic_two_names(fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """Both records spell the given name in Arabic letters, every such pair reads as two names
    (سوزان Suzan and سوسن Sawsan, 0.64), and each record's Arabic spelling is borne out by its
    own Latin one where it has one (Susan, سوزان: 0.82). The Latin Susan of Suzan's record met
    a list's سوسن as one name, and her sister two years younger, every other name alike, was a
    certain update of her record. Not where a record's own spellings disagree (ورا beside
    Nora: a letter lost from نورا), where the Arabic is a slip and the Latin tells."""
    arabic = [text_sim(a, b) for a in fa for b in fb if has_arabic(a) and has_arabic(b)]
    return bool(arabic) and max(arabic) < PARTIAL_AT and _own_spellings_agree(fa) \
        and _own_spellings_agree(fb)


def _own_spellings_agree(forms: tuple[str, ...]) -> bool:
    """A record's Arabic and Latin spellings of a name at least partly alike, or one script only."""
    arabic = [t for t in forms if has_arabic(t)]
    latin = [t for t in forms if not has_arabic(t)]
    return not arabic or not latin or max(text_sim(a, b) for a in arabic for b in latin) >= PARTIAL_AT


def _latin_confirms(a: str, b: str, fa: tuple[str, ...], fb: tuple[str, ...]) -> bool:
    """Of a Sorani and an Arabic spelling a vowel apart (sorani_short, sorani_long_apart:
    سلێمان, سلمان with Sleman, the clerk's Arabic left out): whether the Arabic
    spelling's record also spells the name in Latin letters, one of them as alike to the
    Sorani one as two spellings of one name are. Only those letters say whether she has a
    vowel there: Khalida does (خالیدە, خالدة), Samra does not (سەمیرە is her sister Samira).
    With no Latin spelling nothing says so, and the two agree no more than partly (asked)."""
    sorani, theirs = (a, fb) if is_sorani(a) else (b, fa)
    latin = [t for t in theirs if not has_arabic(t)]
    return bool(latin) and max(text_sim(sorani, t) for t in latin) >= SAME_NAME_SIM


# Sisters' names a vowel apart agree partly, and add nothing for or against: that is the very
# pattern sisters' names take, so it cannot speak for one person (Basima and Basma, sisters
# four years apart with every other name alike, scored 0.95 as a likely duplicate). Before,
# they read as alike as their sounds: عادلة and عدلة 0.87, a match (ع is itself read as a
# vowel), باسمة and بسمة 0.80.
VOWEL_APART_SIM = _ANCHORS[NamePart.GIVEN][1]


# A brother's name and his sister's (Jamil, Jamila) agree partly and lean against one person:
# with the same father, grandfather and clan they are most often two siblings (Jamil and
# جميلة, twins, scored 0.996 as one), yet a list that lost the ending ("Jamil" typed for
# Jamila, with no sex column) must still be asked about, not made a new person; and a sex
# column can be wrong as easily as the name ("Jamila, M"). So whatever the sexes say, such a
# row is never taken as certain.
GENDER_APART_SIM = PARTIAL_AT


def _capped(a: str, b: str, vowel_apart: bool, gender_apart: bool) -> float:
    sim = text_sim(a, b)
    if vowel_apart:  # never raised: two vowels apart (سهيرة, ساهرة) may agree less
        sim = min(sim, VOWEL_APART_SIM)
    if gender_apart and gendered(a, b):
        sim = min(sim, GENDER_APART_SIM)
    return sim


@dataclass(frozen=True)
class Prepared:
    """What scoring reads from a record, worked out once (batch jobs score one record often)."""

    forms: dict[NamePart, tuple[str, ...]]
    aliases: tuple[str, ...]
    full: tuple[tuple[str, ...], ...]  # per script: the full name's folded words in order
    multiword: bool  # some name part holds several words (a whole name in one column?)
    sex: Sex
    birth: FuzzyDate
    village: str
    abducted: FuzzyDate
    birth_key: DateKey  # the dates as scoring reads them, worked out once
    abducted_key: DateKey
    # A birth worked out from an age given after her abduction, read as her age when taken:
    # (that birth, the year the age was given in, the year she was taken); see _age_then.
    birth_then: tuple[DateKey, int, int] | None = None
    # The family name is one word with the article and no clan ending (al-Khalil, الخليل): a
    # grandfather's name as often as a family's (see GRANDFATHER_AS_FAMILY).
    family_article: bool = False


WIDE_DAYS = 6 * 366  # wider than "about 1998" (1996-2000)
# (middle year, earliest, latest) of a fuzzy date; the year is None when the date is blank.
DateKey = tuple[int | None, date | None, date | None]


def _date_key(d: FuzzyDate) -> DateKey:
    return d.year, d.earliest, d.latest


def prepare(p: Person) -> Prepared:
    forms = {part: f for part in PART_WEIGHTS if (f := _forms(p.names.get(part)))}
    aliases = (*_forms(p.names.get(NamePart.NICKNAME)), *(a for a in p.aliases if a.strip()))
    full = []
    multiword = False
    for script in ("original", "latin"):
        words: list[str] = []
        for part in FULL_NAME_ORDER:
            got = text_tokens(getattr(p.names.get(part, NameText()), script))
            multiword = multiword or len(got) > 1
            words.extend(got)
        if len(words) > 1:
            full.append(tuple(words))
    return Prepared(forms, aliases, tuple(full), multiword, p.sex, p.birth,
                    p.origin_village.strip(), p.abduction_date, _date_key(p.birth),
                    _date_key(p.abduction_date), _birth_then(p.birth, p.abduction_date),
                    NamePart.FAMILY in forms and _article_only(p.names.get(NamePart.FAMILY)))


def _birth_then(birth: FuzzyDate, abducted: FuzzyDate) -> tuple[DateKey, int, int] | None:
    """A birth the importer worked out from an age given in a year after she was taken ('age
    12 in 2026'), worked out again as if that age were her age when taken (in the year of her
    abduction date, 2014 where none is recorded): born 2001-02 rather than 2013-14. None for
    any other birth (a year, a date, an age of that year or with no year said)."""
    said = birth.age_given()
    if said is None or said[1] is None or birth.earliest is None or birth.latest is None:
        return None
    taken = max(ABDUCTIONS_BEGAN, abducted.year or ABDUCTIONS_BEGAN)
    back = said[1] - taken
    if back <= 0:
        return None
    first, last = _years_back(birth.earliest, back), _years_back(birth.latest, back)
    return ((first.year + last.year) // 2, first, last), said[1], taken


def _years_back(d: date, years: int) -> date:
    return d.replace(year=d.year - years, day=min(d.day, 28) if d.month == 2 else d.day)


def _names(a: Prepared, b: Prepared, fields: list[FieldResult] | None) -> tuple[float, str]:
    """Name evidence: part by part, or the full names read in order when parts sit in other
    columns; and the note of the other reading it came from (READINGS), if any. fields, when
    given, receives the explanation."""
    mine: list[FieldResult] | None = [] if fields is not None else None
    total = _parts(a.forms, b.forms, a, b, mine)
    note = ""
    for reading, shift in READINGS.items() if _columns_may_differ(a.forms, b.forms) else ():
        for fa, fb in ((shift(a, b), b.forms), (a.forms, shift(b, a))):
            if fa is None or fb is None:
                continue
            other: list[FieldResult] | None = [] if fields is not None else None
            alt = _parts(fa, fb, a, b, other, strict=True)
            if alt is not None and alt - READING_COST > total:
                total, mine, note = alt - READING_COST, other, reading
    if fields is not None and mine is not None:
        fields += mine
    # A whole name typed in one column, or a part of two words: read the full names word by
    # word too, and keep whichever reading agrees better.
    if not (a.multiword or b.multiword):
        return total, note
    for ta in a.full:
        for tb in b.full:
            sims = positional_sims(ta, tb)
            full = sum(_name_weight(p, x) for p, x in zip(FULL_NAME_ORDER, sims, strict=False))
            if full > total:
                total, note = full, ""
    return total, note


def _parts(fa_map: dict[NamePart, tuple[str, ...]], fb_map: dict[NamePart, tuple[str, ...]],
           a: Prepared, b: Prepared, fields: list[FieldResult] | None,
           strict: bool = False) -> float | None:
    """Name parts compared one by one (and the aliases). strict: None as soon as a part
    disagrees (a guessed reading counts only when nothing in it contradicts)."""
    total = 0.0
    given_apart = False
    for part in PART_WEIGHTS:
        fa, fb = fa_map.get(part, ()), fb_map.get(part, ())
        if not fa or not fb:
            if fields is not None:
                fields.append(FieldResult(str(part), Verdict.BLANK, _show(fa), _show(fb)))
            continue
        if part == NamePart.GIVEN:
            sim, verdict, weight, shown = _given_read(fa, fb, a, b)
        else:
            sim, verdict, weight = part_evidence(part, fa, fb)
            shown = _show(fa), _show(fb)
        if strict and verdict == Verdict.MISMATCH:
            return None
        if fields is not None:
            # Only what is explained: the score stays as it was, so a pair asked about (her
            # sister, births apart, 0.84) is never lowered into a new person unasked.
            said = Verdict.PARTIAL if part == NamePart.GIVEN and verdict == Verdict.MATCH \
                and latin_only_match(fa, fb) else verdict
            fields.append(FieldResult(str(part), said, *shown, sim))
        total += weight
        given_apart = given_apart or part == NamePart.GIVEN and verdict != Verdict.MATCH
    if a.aliases and b.aliases:
        sim = forms_sim(a.aliases, b.aliases, False, True)
        if given_apart:
            # Aliases alike cannot make one woman of two given names the engine calls two:
            # Samira Ilyas and Sameeya Ilyas Heyder, sisters' aliases, matched (0.86) and put
            # the sisters Samira and Samia at 1.00 among true duplicates.
            sim = min(sim, VOWEL_APART_SIM)
        if fields is not None:
            fields.append(FieldResult("aliases", _verdict(sim), _show(a.aliases),
                                      _show(b.aliases), sim))
        if sim >= MATCH_AT:
            total += 1.0
    return total


def _given_read(fa: tuple[str, ...], fb: tuple[str, ...], a: Prepared, b: Prepared
                ) -> tuple[float, Verdict, float, tuple[str, str]]:
    """The given names' likeness, verdict and evidence as scoring reads them (part_evidence,
    and the aliases), and the two sides as the explanation shows them."""
    sim, verdict, weight = part_evidence(NamePart.GIVEN, fa, fb)
    shown = _show(fa), _show(fb)
    if verdict != Verdict.MATCH and (a.aliases or b.aliases):
        # The very name recorded as hers (after folding): as good as her given name.
        # Shown beside her names, so the reader sees which alias it was.
        if named := _named_by_alias(fa, b.aliases, fb):
            shown = (shown[0], _show((*fb, named)))
        elif named := _named_by_alias(fb, a.aliases, fa):
            shown = (_show((*fa, named)), shown[1])
        agree = PART_WEIGHTS[NamePart.GIVEN][0]
        if named:
            sim, verdict, weight = 1.0, Verdict.MATCH, agree
        # One list gives the name people use (an alias of the other record): Khalo, Xelo.
        # Not a brother's alias for his sister's name (Sameer beside Samira).
        elif max(forms_sim(a.aliases, fb, False, True),
                 forms_sim(fa, b.aliases, False, True)) >= MATCH_AT:
            verdict, weight = Verdict.PARTIAL, max(weight, 0.6 * agree)
    return sim, verdict, weight, shown


@lru_cache(maxsize=100_000)  # every candidate of a long list asks it of names seen before
def part_evidence(part: NamePart, fa: tuple[str, ...], fb: tuple[str, ...]
                  ) -> tuple[float, Verdict, float]:
    """Two records' spellings of one name part as scoring reads them: their likeness, the
    verdict explained (match, partial, mismatch) and the evidence it weighs for one person
    (above 0) or against. A given name read as given names are (a sister's or a brother's
    name agrees no more than partly, and weighs nothing for her), another part as _agree
    reads it (one cache entry per pair of spellings)."""
    sim = forms_sim(fa, fb, True, True) if part == NamePart.GIVEN else forms_sim(fa, fb)
    return sim, _verdict(sim), _name_weight(part, sim)


def _named_by_alias(given: tuple[str, ...], aliases: tuple[str, ...],
                    hers: tuple[str, ...]) -> str:
    """The alias (or nickname) that is one of the given name's spellings word for word once
    folded (خالیدە and خاليدة, KHALO and Khalo), or "". Only the same words: a spelling merely
    like an alias agrees partly, as a brother's Sameer does with his sister's Samira. Nor an
    alias that is the very pattern of a sister's name beside her own given name (hers): an
    update done all the same, across Basma and Basima, keeps بسمة as Basima's alias, and the
    real Basma must not become a certain match to her through it."""
    words = {w for g in given if (w := text_tokens(g))}
    return next((alias for alias in aliases if text_tokens(alias) in words
                 and not any(_sisters_names(alias, h) for h in hers)), "")


def _sisters_names(a: str, b: str) -> bool:
    """Two given names in one script that sisters (or a brother and a sister) are given: a
    vowel apart (Basma, Basima; سهيرة, ساهرة), a name and its feminine (Jamil, Jamila), or a
    Sorani vowel letter no Latin spelling confirms (سەمیرە, سمرة)."""
    return has_arabic(a) == has_arabic(b) and (
        apart_unseen_across(a, b) or gendered(a, b) or sorani_short(a, b))


# Lists put names in the wrong columns in a few common ways. Each is tried as another reading
# of one record when the plain reading disagrees where that mix-up would show; it costs a
# little (it is a guess), counts only when no name in it disagrees, is named in the
# explanation, and never makes a pair certain.
# - A list that leaves out the father's name ("Nadia Taha Haji" for Nadia Murad Taha Haji) puts
#   her grandfather in the father's column and her clan after it.
# - The clan written under "grandfather" (Jamila Khalaf Haskani, for Jamila Khalaf Rasho
#   Haskani), or the grandfather's and clan columns swapped.
# - Its converse: the grandfather written with the article, read as her family name (Reem
#   Khalaf al-Khalil, for Reem Khalaf Khalil Haskani): al-Khalil is الخليل, Khalil's name with
#   the article, as often as a family's.
READING_COST = 1.0
READING_CAP = 0.95  # below import's certain match (0.975): such a row is asked about
LEFT_OUT = "read as leaving out the father's name"
CLAN_AS_GRANDFATHER = "read with the family name in the grandfather's column"
SWAPPED = "read with the grandfather's and family names swapped"
GRANDFATHER_AS_FAMILY = "read with the grandfather's name in the family name's column"
_LAST_TWO = (NamePart.GRANDFATHER, NamePart.FAMILY)
_GF, _FAMILY = _LAST_TWO


def names_as_read(row: Person, other: Person) -> Person:
    """row as matching read it against other: when that was another reading (READINGS), a copy
    with each name in the part it was read as, so that joining it to other files each name
    where it belongs (not طه as her father's name beside Murad, nor her clan as her
    grandfather's name); otherwise row itself."""
    a, b = prepare(row), prepare(other)
    note = score_prepared(a, b, explain=False).note
    if note not in READINGS or READINGS[note](a, b) is None:
        return row  # the other record was the one read otherwise, or none was
    names = dict(row.names)
    if note == LEFT_OUT:
        father = names.pop(NamePart.FATHER)
        # Of grandfather and family, the one that holds a name (an empty one may stand beside).
        last = [t for p in _LAST_TWO if (t := names.pop(p, None)) is not None and not t.is_blank]
        names[_GF], names[_FAMILY] = father, last[0]
    elif note == CLAN_AS_GRANDFATHER:
        names[_FAMILY] = names.pop(_GF)
    elif note == GRANDFATHER_AS_FAMILY:
        names[_GF] = names.pop(_FAMILY)
    else:
        names[_GF], names[_FAMILY] = names[_FAMILY], names[_GF]
    return replace(row, names=names)


def _columns_may_differ(fa: dict[NamePart, tuple[str, ...]],
                        fb: dict[NamePart, tuple[str, ...]]) -> bool:
    """Whether another reading could help: each needs a father's, grandfather's or family
    name that one record lacks or the two do not agree on (most pairs scored in bulk agree on
    all three, and skip the readings)."""
    return not all(_agree(fa.get(p), fb.get(p)) for p in _SHIFTED)


_SHIFTED = (NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def _agree(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> bool:
    return bool(a and b) and forms_sim(a, b) >= MATCH_AT


def _left_out(r: Prepared, o: Prepared) -> dict[NamePart, tuple[str, ...]] | None:
    """r's name parts read as if r's list had left out the father: given, then the
    grandfather and the family. Only for a record of three parts (given, father, and a
    grandfather or a family name) against one that has all four, whose fathers disagree."""
    f = r.forms
    last = [f[p] for p in _LAST_TWO if p in f]
    if len(last) != 1 or not f.get(NamePart.GIVEN) or not f.get(NamePart.FATHER) \
            or not all(o.forms.get(p) for p in FULL_NAME_ORDER) \
            or _agree(f[NamePart.FATHER], o.forms[NamePart.FATHER]):
        return None
    shifted = {p: v for p, v in f.items() if p not in (NamePart.FATHER, *_LAST_TWO)}
    shifted[_GF], shifted[_FAMILY] = f[NamePart.FATHER], last[0]
    return shifted


def _clan_as_grandfather(r: Prepared, o: Prepared) -> dict[NamePart, tuple[str, ...]] | None:
    """r's grandfather's name read as its family name: r has no family name, o has one that
    agrees with it and no grandfather's name that does."""
    f, g = r.forms, o.forms
    if _FAMILY in f or _GF not in f or _FAMILY not in g \
            or not _agree(f[_GF], g[_FAMILY]) or _agree(f[_GF], g.get(_GF)):
        return None
    shifted = {p: v for p, v in f.items() if p != _GF}
    shifted[_FAMILY] = f[_GF]
    return shifted


def _swapped(r: Prepared, o: Prepared) -> dict[NamePart, tuple[str, ...]] | None:
    """r's grandfather's and family names read the other way round, when each agrees with the
    other's opposite part and not with its own."""
    f, g = r.forms, o.forms
    if not (_GF in f and _FAMILY in f and _GF in g and _FAMILY in g) \
            or not (_agree(f[_GF], g[_FAMILY]) and _agree(f[_FAMILY], g[_GF])) \
            or _agree(f[_GF], g[_GF]):
        return None
    return {**f, _GF: f[_FAMILY], _FAMILY: f[_GF]}


def _grandfather_as_family(r: Prepared, o: Prepared) -> dict[NamePart, tuple[str, ...]] | None:
    """r's family name, written with the article and no clan ending (al-Khalil), read as its
    grandfather's: r has no grandfather's name, o has one that agrees with it and no family
    name that does."""
    f, g = r.forms, o.forms
    if not r.family_article or _GF in f or _GF not in g \
            or not _agree(f[_FAMILY], g[_GF]) or _agree(f[_FAMILY], g.get(_FAMILY)):
        return None
    shifted = {p: v for p, v in f.items() if p != _FAMILY}
    shifted[_GF] = f[_FAMILY]
    return shifted


READINGS = {LEFT_OUT: _left_out, CLAN_AS_GRANDFATHER: _clan_as_grandfather, SWAPPED: _swapped,
            GRANDFATHER_AS_FAMILY: _grandfather_as_family}
# One word with the article (ال, al-, el-, glued Al, El) that has no clan ending (-ي, -ية,
# -اني, -وي; -i, -y, -ani, -awi): as names.reading tells the doubtful last word of a name.
_ARTICLE_AR = re.compile(r"^[اٱ]ل\w{3,}$")
_ARTICLE_LATIN = re.compile(r"^(?:al|el)(?:[-‐‑]\w{3,}|\w{4,})$")  # not Elias, Alan
_CLAN_END_AR = ("ي", "يه", "ى", "ية")
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, tatweel
_CLAN_END_LATIN = ("i", "y", "ie", "ee", "iya", "iyah", "iyya", "iye")


def _article_only(name: NameText | None) -> bool:
    """Whether a family name is one word with the article and no clan ending in each script
    it is written in: al-Khalil, الخليل, but not al-Jabouri, الحسكاني, Haskani, Al Dakhi."""
    texts = [t.strip() for t in (name.original, name.latin) if t.strip()] if name else []
    for text in texts:
        word = text.casefold()
        arabic = has_arabic(word)
        bare = _MARKS.sub("", word)
        if not (_ARTICLE_AR if arabic else _ARTICLE_LATIN).match(bare) \
                or bare.endswith(_CLAN_END_AR if arabic else _CLAN_END_LATIN):
            return False
    return bool(texts)


def _logistic(total: float) -> float:
    return 1.0 / (1.0 + math.exp(-(total - MIDPOINT) / SPREAD))


# The most everything but the given name can add: every other part, sex, birth, village, date.
_BEST_WITHOUT_GIVEN = (sum(w[0] for p, w in PART_WEIGHTS.items() if p != NamePart.GIVEN)
                       + SEX_WEIGHTS[0] + BIRTH_WEIGHTS[Verdict.MATCH]
                       + VILLAGE_WEIGHTS[Verdict.MATCH] + ABDUCTION_WEIGHTS[Verdict.MATCH])


def given_rules_out(a: Prepared, b: Prepared, threshold: float) -> bool:
    """True when different given names alone keep the pair below threshold, whatever else
    agrees (no alias, no name typed across columns that could change the reading). Lets batch
    jobs skip sisters without scoring them."""
    if not _given_can_decide(threshold):
        return False
    fa, fb = a.forms.get(NamePart.GIVEN), b.forms.get(NamePart.GIVEN)
    if not fa or not fb or a.aliases or b.aliases or a.multiword or b.multiword:
        return False
    return forms_sim(fa, fb, True, True) <= _ANCHORS[NamePart.GIVEN][0]


@lru_cache(maxsize=64)
def _given_can_decide(threshold: float) -> bool:
    """Whether different given names alone can keep a pair below threshold at all."""
    return _logistic(PART_WEIGHTS[NamePart.GIVEN][1] + _BEST_WITHOUT_GIVEN) < threshold


def _date_verdict(a: FuzzyDate, b: FuzzyDate, tolerance_years: int, said: bool = False
                  ) -> tuple[Verdict, float]:
    return _key_verdict(_date_key(a), _date_key(b), tolerance_years, said)


def _key_verdict(a: DateKey, b: DateKey, tolerance_years: int, said: bool = False
                 ) -> tuple[Verdict, float]:
    """said: the verdict the explanation shows, where two days of one year are partial; the
    score weighs them as one year, as before (weighed as partial, 26 rows of the first 20,000
    of the import benchmark's list that were asked about became new persons unasked)."""
    year_a, first_a, last_a = a
    year_b, first_b, last_b = b
    if year_a is None or year_b is None:
        return Verdict.BLANK, 0.0
    # Ranges that overlap agree; otherwise compare the gap in years. A range of many years
    # (an age from a list that does not say when it was given) agrees with too much to count
    # as a match: it only does not disagree.
    if first_a and first_b and last_a and last_b and first_a <= last_b and first_b <= last_a:
        if (last_a - first_a).days > WIDE_DAYS or (last_b - first_b).days > WIDE_DAYS:
            return Verdict.PARTIAL, 0.5
        return Verdict.MATCH, 1.0
    gap = abs(year_a - year_b)
    # Apart but in one year (an abduction on 2014-08-03 and one on 2014-08-15): two days, not
    # one. Called a match, the explanation said so beside the conflict the update logged.
    apart = said and bool(first_a and first_b and last_a and last_b)
    v = Verdict.MATCH if gap == 0 and not apart else Verdict.PARTIAL \
        if gap <= tolerance_years else Verdict.MISMATCH
    return v, max(0.0, 1 - gap / 10)


def _dates(name: str, a: FuzzyDate, b: FuzzyDate, tolerance_years: int) -> FieldResult:
    v, sim = _date_verdict(a, b, tolerance_years, said=True)
    return FieldResult(name, v, a.display(), b.display(), None if v == Verdict.BLANK else sim)


def score_prepared(a: Prepared, b: Prepared, explain: bool = True,
                   beyond: tuple[float, float, str] | None = None) -> MatchScore:
    """How likely two prepared records are one person (0..1); with explain, the reason field
    by field (without, fields stay empty: for sifting many pairs fast). beyond: the pair's
    _beyond_names, when the caller worked it out already (beyond_names)."""
    fields: list[FieldResult] | None = [] if explain else None
    total, note = _names(a, b, fields)
    sex, rest, births = beyond or _beyond_names(a, b)
    total += sex  # added as before the bound was drawn out (a last bit moves tied pairs)
    total += rest
    if fields is not None:
        known = a.sex != Sex.UNKNOWN and b.sex != Sex.UNKNOWN
        village, village_sim = _village_verdict(a.village, b.village)
        fields += [FieldResult("sex", Verdict.BLANK if not known else Verdict.MATCH
                               if a.sex == b.sex else Verdict.MISMATCH, str(a.sex), str(b.sex)),
                   _dates("birth", a.birth, b.birth, BIRTH_TOLERANCE),
                   FieldResult("village", village, a.village, b.village, village_sim),
                   _dates("abduction", a.abducted, b.abducted, 1)]
    score = min(_logistic(total), READING_CAP) if note else _logistic(total)
    unsqueezed = None
    if births and score > 0.5 and _given_partly_births_apart(a, b):
        # never more than the score was: every bound (score_at_most) still holds
        unsqueezed, score = score, 0.5 + (score - 0.5) * (GIVEN_PARTLY_BIRTHS_APART_CAP - 0.5) / 0.5
    return MatchScore(score, fields or [], note, births, unsqueezed)


def _beyond_names(a: Prepared, b: Prepared) -> tuple[float, float, str]:
    """The evidence of sex, and of birth, village and abduction date; and how far apart the
    births are said to be, when they disagree."""
    sex = 0.0
    if a.sex != Sex.UNKNOWN and b.sex != Sex.UNKNOWN:
        sex = _weigh(SEX_WEIGHTS, 1.0 if a.sex == b.sex else 0.0)
    birth, _ = _key_verdict(a.birth_key, b.birth_key, BIRTH_TOLERANCE)
    abducted, _ = _key_verdict(a.abducted_key, b.abducted_key, 1)
    village, _ = _village_verdict(a.village, b.village)
    birth_weight, births = BIRTH_WEIGHTS.get(birth, 0.0), ""
    years = _years_between(a.birth_key, b.birth_key)  # once: most candidates are born apart
    if years > BIRTH_TOLERANCE:  # births_far: a disagreement (never a wide range's middle year)
        then = _age_then(a, b)
        if then is not None:
            birth_weight = AGE_THEN_WEIGHT
        elif years > _list_years_apart():
            birth_weight = BIRTH_FAR_WEIGHT
        births = births_apart_note(_years_apart(a.birth_key, b.birth_key), then)
    return sex, birth_weight + VILLAGE_WEIGHTS.get(village, 0.0) \
        + ABDUCTION_WEIGHTS.get(abducted, 0.0), births


# Father, grandfather and family names' agreement weights, most first: however a reading
# (READINGS) moves them between columns, each record keeps as many of them as it has, so
# two records sharing k of them can gain at most the k largest.
_FOREBEAR_BEST = sorted((PART_WEIGHTS[p][0] for p in _SHIFTED), reverse=True)


def beyond_names(a: Prepared, b: Prepared) -> tuple[float, float, str]:
    """What the pair's sex, birth, village and abduction date weigh (see _beyond_names): for a
    caller that bounds the score first (score_at_most) and scores the pair only when the bound
    allows, without working it out twice."""
    return _beyond_names(a, b)


def score_at_most(a: Prepared, b: Prepared,
                  beyond: tuple[float, float, str] | None = None) -> float:
    """A bound score_prepared(a, b).score never exceeds, for half its cost: the given names
    and everything but the names weighed as scoring weighs them, the other name parts as if
    each agreed. A pair of namesakes of another birth or village falls below the duplicate
    threshold by this alone (`duplicates` over 100,000 records: 12% less time, the same
    pairs). Aliases and a name of many words in one column can change how the given names
    are read: those pairs are bounded by 1."""
    if a.aliases or b.aliases or a.multiword or b.multiword:
        return 1.0
    fa, fb = a.forms, b.forms
    ga, gb = fa.get(NamePart.GIVEN), fb.get(NamePart.GIVEN)
    total = _name_weight(NamePart.GIVEN, forms_sim(ga, gb, True, True)) if ga and gb else 0.0
    shared = min(sum(p in fa for p in _SHIFTED), sum(p in fb for p in _SHIFTED))
    total += sum(_FOREBEAR_BEST[:shared])
    if NamePart.MOTHER in fa and NamePart.MOTHER in fb:
        total += PART_WEIGHTS[NamePart.MOTHER][0]
    sex, rest, _ = beyond or _beyond_names(a, b)
    return _logistic(total + sex + rest)


def score_read_at_most(a: Prepared, b: Prepared,
                       beyond: tuple[float, float, str] | None = None) -> float:
    """A bound on score_prepared(a, b).score tighter than score_at_most, for the pairs that
    pass that one (it costs a lookup a name part more): the name parts as the plain reading
    weighs them, or any other reading (READINGS) at its best less its cost, whichever is more.
    Namesakes of another father pass score_at_most, which takes every forebear as agreeing,
    and were scored only to fall below the threshold (two thirds of the pairs scored when
    staging a long list). Aliases and a name of many words in one column: bounded by 1."""
    if a.aliases or b.aliases or a.multiword or b.multiword:
        return 1.0
    fa, fb = a.forms, b.forms
    plain = 0.0  # _parts of the plain reading, part by part in its order (no aliases here)
    for part in PART_WEIGHTS:
        if part in fa and part in fb:
            plain += part_evidence(part, fa[part], fb[part])[2]
    # a reading moves forebears' names between parts, never adds one: at most every shared
    # part agreeing, given and mother as they are, less what a reading costs
    ga, gb = fa.get(NamePart.GIVEN), fb.get(NamePart.GIVEN)
    best = part_evidence(NamePart.GIVEN, ga, gb)[2] if ga and gb else 0.0
    best += sum(_FOREBEAR_BEST[:min(sum(p in fa for p in _SHIFTED), sum(p in fb for p in _SHIFTED))])
    if NamePart.MOTHER in fa and NamePart.MOTHER in fb:
        best += part_evidence(NamePart.MOTHER, fa[NamePart.MOTHER], fb[NamePart.MOTHER])[2]
    sex, rest, _ = beyond or _beyond_names(a, b)
    return _logistic(max(plain, best - READING_COST) + sex + rest)


def _given_partly_births_apart(a: Prepared, b: Prepared) -> bool:
    """The given names, read as scoring reads them (aliases too), only partly agree, and the
    births disagree unless an age is read as her age when taken (GIVEN_PARTLY_BIRTHS_APART_CAP).
    Asked only of pairs whose births a note says apart."""
    ga, gb = a.forms.get(NamePart.GIVEN), b.forms.get(NamePart.GIVEN)
    if not ga or not gb or _given_read(ga, gb, a, b)[1] != Verdict.PARTIAL:
        return False
    return _age_then(a, b) is None


_NO_DATE: DateKey = (None, None, None)


def births_left_out(a: Prepared, b: Prepared) -> float:
    """score_prepared(a, b).score as if b's birth were not known: what the rest of the two
    records says. Import asks about a pair whose births alone disagree by what the rest says
    (GIVEN_PARTLY_BIRTHS_APART): births a few years apart never turn a row that would
    have been asked about without them into a new person unasked."""
    return score_prepared(a, replace(b, birth_key=_NO_DATE, birth_then=None), explain=False).score


def births_far(a: Prepared, b: Prepared) -> bool:
    """Both births known, more than BIRTH_TOLERANCE years between them: they disagree, and
    MatchScore.births says by how much."""
    return _years_between(a.birth_key, b.birth_key) > BIRTH_TOLERANCE


def _list_years_apart(today: date | None = None) -> int:
    """How far apart one woman's births may lie by the year her ages were given in (her age
    when taken, in 2014, beside her age today) and a guess (BIRTH_TOLERANCE): 15 in 2026."""
    return (today or date.today()).year - ABDUCTIONS_BEGAN + BIRTH_TOLERANCE


def _years_between(a: DateKey, b: DateKey) -> float:
    """Years from the end of one birth's range to the start of the other's (0 when they meet).
    Not the middle years the verdict compares: 1989 lies two years before 'age 22, year not
    given' (1991-2004), not eight, and is no birth far from hers."""
    (_, first_a, last_a), (_, first_b, last_b) = a, b
    if not (first_a and first_b and last_a and last_b):
        return 0.0
    days = max((first_b - last_a).days, (first_a - last_b).days, 0)
    return days / 365.25


def _age_then(a: Prepared, b: Prepared) -> tuple[int, int] | None:
    """Of two births that disagree: (the year an age was given in, the year she was taken)
    when one of them, worked out from an age given after her abduction, agrees with the other
    once that age is read as her age when taken (Prepared.birth_then); else None."""
    for mine, other in ((a, b), (b, a)):
        if mine.birth_then is not None:
            key, given, taken = mine.birth_then
            if _key_verdict(key, other.birth_key, BIRTH_TOLERANCE)[0] in (Verdict.MATCH,
                                                                          Verdict.PARTIAL):
                return given, taken
    return None


def _years_apart(a: DateKey, b: DateKey) -> str:
    """How many years lie between two births' years, as few and as many as their ranges allow:
    '12' for 2002 and 2014, '10-11' for 2001 and an age that gives 1990-91, '11-13' for the
    ages 12 in 2014 and 12 in 2026 (2001-02 and 2013-14)."""
    (_, first_a, last_a), (_, first_b, last_b) = a, b
    if not (first_a and first_b and last_a and last_b):
        return ""  # not said of a birth not known (births_far: never so)
    least = max(first_b.year - last_a.year, first_a.year - last_b.year)
    most = max(last_b.year - first_a.year, last_a.year - first_b.year)
    return str(least) if least == most else f"{least}-{most}"


# How two births that disagree are said after the fields: the years between them (_years_apart);
# and when an age given after her abduction agrees read as her age when taken, the year it was
# given in and the year she was taken.
BIRTHS_APART = "the birth years are {} years apart"
AGE_THEN = ("the birth years are {} years apart, but agree if the age given in {} was her age "
            "when taken in {}")
_BIRTHS_APART_AT = re.compile(r"^the birth years are (\d+(?:-\d+)?) years apart(?:, but agree "
                              r"if the age given in (\d{4}) was her age when taken in (\d{4}))?$")


def births_apart_note(years: str, then: tuple[int, int] | None = None) -> str:
    """years: '12', or '11-13' (see _years_apart); then: (the year an age was given in, the
    year she was taken) when read so the births agree."""
    return BIRTHS_APART.format(years) if then is None else AGE_THEN.format(years, *then)


def births_apart_from(note: str) -> tuple[str, tuple[int, int] | None] | None:
    """(years apart, (year the age was given in, year she was taken) or None) of a
    births_apart_note, for saying it in another language; None for any other note."""
    m = _BIRTHS_APART_AT.match(note)
    if m is None:
        return None
    return m[1], (int(m[2]), int(m[3])) if m[2] else None


def score_persons(a: Person, b: Person) -> MatchScore:
    """How likely a and b are one person (0..1), with the reason field by field."""
    return score_prepared(prepare(a), prepare(b))


def _village_verdict(a: str, b: str) -> tuple[Verdict, float | None]:
    if not a or not b:
        return Verdict.BLANK, None
    sim = text_sim(a, b)  # cached: a list names a handful of villages again and again
    return _verdict(sim), sim


def same_place(a: str, b: str) -> bool:
    """Whether two spellings of a village are one place as matching judges it (Til Qeseb, Tel
    Qasab, تل قصب), so an import does not report them as a conflict."""
    return _village_verdict(a.strip(), b.strip())[0] is Verdict.MATCH


# A record holding nothing of her name but the given name (a family's list: «شيرين», Kocho,
# age 25) scores low against anyone (0.40 against her own record, given, village and age
# agreeing): too little to be probable, too much to let pass. Such a pair is shown and asked
# about when her given name agrees in full, her village, birth or mother agrees, and nothing
# disagrees. Not the abduction date: nearly every record was taken around 3 August 2014, so
# «غزالة», 03/08/2014 was asked about against whichever namesake came first.
GIVEN_ALONE = "only a given name on one side: asked because it and more agree"
_BEYOND_GIVEN = (NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)


def given_alone(a: Prepared, b: Prepared) -> bool:
    """One of the two holds a given name and nothing more of a full name, and the given names
    agree in full: the pair worth scoring in full to see whether to ask (see GIVEN_ALONE)."""
    fa, fb = a.forms, b.forms
    if NamePart.GIVEN not in fa or NamePart.GIVEN not in fb:
        return False
    if any(p in fa for p in _BEYOND_GIVEN) and any(p in fb for p in _BEYOND_GIVEN):
        return False
    if a.multiword and not any(p in fa for p in _BEYOND_GIVEN) \
            or b.multiword and not any(p in fb for p in _BEYOND_GIVEN):
        return False  # a whole name in the given column: not a given name alone
    return forms_sim(fa[NamePart.GIVEN], fb[NamePart.GIVEN], True, True) >= MATCH_AT


def more_agrees(a: Prepared, b: Prepared) -> bool:
    """Her village, birth or mother agrees (fully or nearly) and none of the three disagrees:
    what a given name alone needs beside it to be asked about. Cheap enough to sift a thousand
    namesakes before any is scored. A birth known only as a span of many years (an age from a
    list that does not say when it was given) agrees with too much to count."""
    birth, birth_sim = _key_verdict(a.birth_key, b.birth_key, BIRTH_TOLERANCE)
    village, _ = _village_verdict(a.village, b.village)
    said = [village, Verdict.BLANK if birth == Verdict.PARTIAL and birth_sim <= 0.5 else birth]
    ma, mb = a.forms.get(NamePart.MOTHER), b.forms.get(NamePart.MOTHER)
    if ma and mb:
        said.append(_verdict(forms_sim(ma, mb)))
    return Verdict.MISMATCH not in said and any(
        v in (Verdict.MATCH, Verdict.PARTIAL) for v in said)


def none_disagrees(a: Prepared, b: Prepared) -> bool:
    """Her sex, birth, village, abduction date and mother: none disagrees. Cheap enough to
    sift a clan's thousand namesakes before any is scored (given_clan.clan_namesakes)."""
    if Sex.UNKNOWN not in (a.sex, b.sex) and a.sex != b.sex:
        return False
    said = [_key_verdict(a.birth_key, b.birth_key, BIRTH_TOLERANCE)[0],
            _key_verdict(a.abducted_key, b.abducted_key, 1)[0],
            _village_verdict(a.village, b.village)[0]]
    ma, mb = a.forms.get(NamePart.MOTHER), b.forms.get(NamePart.MOTHER)
    if ma and mb:
        said.append(_verdict(forms_sim(ma, mb)))
    return Verdict.MISMATCH not in said


def given_alone_asks(a: Prepared, b: Prepared, score: MatchScore) -> bool:
    """given_alone, more agrees, and the explained score shows nothing disagreeing."""
    return given_alone(a, b) and more_agrees(a, b) \
        and not any(f.verdict == Verdict.MISMATCH for f in score.fields)


# Asked however low the score: one of the two has no given name and both are known by one
# kunya (أم خالد, Umm Khalid), nothing disagreeing (same_kunya). Many women are the mother of
# a Khalid, so never more than asked. Said by an import's row and by `duplicates`.
SAME_KUNYA = "known by the same kunya, a given name not given: asked"
# ... and so a row known only as the wife of a man («زوجة جميل خلف»), asked about the records
# known as the wife of a man of that name.
SAME_HUSBAND = "known as the wife of a man of the same name, a given name not given: asked"
# ... where his name in one has a word or more before the rest (a title no list holds: حجي,
# ملا, Sorani مەلا, "late"), the rest agreeing (same_kunya).
SAME_HUSBAND_TITLED = ("known as the wife of a man of the same name, one written with a word more "
                       "before his name: asked")


def same_kunya_note(a: Prepared, b: Prepared | None = None) -> str:
    """SAME_HUSBAND_TITLED where a and b are known as the wives of men whose names agree only
    by their last words (one with a title before), SAME_HUSBAND where a is known as a man's
    wife, else SAME_KUNYA."""
    if b is not None and known_as_wife(a) and not _kunya_pairs(a, b, _same_words) \
            and _kunya_pairs(a, b, _same_tail):
        return SAME_HUSBAND_TITLED
    return SAME_HUSBAND if known_as_wife(a) else SAME_KUNYA


def same_kunya_asks(a: Prepared, b: Prepared, score: MatchScore) -> bool:
    """same_kunya, and the explained score shows nothing disagreeing: asked however low."""
    return same_kunya(a, b) and not any(f.verdict == Verdict.MISMATCH for f in score.fields)


def same_kunya(a: Prepared, b: Prepared) -> bool:
    """One of the two has no given name and both are known by one kunya (a list's «أم خالد»
    and a record of خالدة known as Umm Khalid): she may be that woman; only a person can tell."""
    if NamePart.GIVEN in a.forms and NamePart.GIVEN in b.forms or not (a.aliases and b.aliases):
        return False
    return _kunya_pairs(a, b, _same_words) or _kunya_pairs(a, b, _same_tail)


def _kunya_pairs(a: Prepared, b: Prepared,
                 same: Callable[[tuple[str, ...], tuple[str, ...]], bool]) -> bool:
    """Whether a kunya or husband's name of a and one of b say whose alike, by same."""
    ka, kb = _kunya_children(a.aliases), _kunya_children(b.aliases)
    return any(x[0] == y[0] and same(x[1], y[1]) for x in ka for y in kb)


def _same_tail(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """His name in one has words before the other's whole name of two words or more, which
    agrees word for word with its end («حجي جميل خلف», «جميل خلف»): a title no list can hold
    all of (حجي, ملا, Sorani خوالێخۆشبوو, "late"), read as his first name. The wife of Jamil
    Hasan is still not the wife of Jamil Khalaf."""
    if len(x) == len(y) or min(len(x), len(y)) < 2:
        return False
    return all(text_sim(u, v) >= MATCH_AT for u, v in zip(reversed(x), reversed(y), strict=False))


def _same_words(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
    """Every word of the child's or husband's name that both give agrees: the wife of Jamil
    Khalaf may be the wife of a Jamil, never of Jamil Hasan (the first words alone made them
    "a man of the same name")."""
    return all(text_sim(u, v) >= MATCH_AT for u, v in zip(x, y, strict=False))


def known_as_wife(a: Prepared) -> bool:
    """Whether a name she is known by says whose wife she is (زوجة جميل خلف)."""
    return any(who == WIFE_OF for who, _ in _kunya_children(a.aliases))


@lru_cache(maxsize=10_000)
def _kunya_children(aliases: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The names of the children the kunyas among aliases name, as written (أم خالد: خالد; not
    folded: a Sorani «دایکی خالید» writes the vowel Arabic leaves out), and the words of the
    husbands' names a "wife of" gives (زوجة المرحوم جميل خلف: جميل خلف), each after whose
    (named_for): the wife of a Jamil is not the mother of one."""
    return tuple((who[0], (t.split()[-1],) if who[0] == MOTHER_OF and len(t.split()) == 2
                  else who[1]) for t in aliases if (who := named_for(text_tokens(t))))


# Below this the matching engine judges two records two people: an update by hand across it
# is done only when asked for in so many words (ImportService.decide).
UNLIKELY = 0.5
# Asked however low the births bring the score (down to UNLIKELY, or below it where the rest
# of the two records, the births left out, is at UNLIKELY or more): given names only partly
# alike (Nadia, Nada; Suzan, Susan, سوزان; Kowsar, كوثر), at least two more of father,
# grandfather and family alike, and nothing but the birth disagreeing. Sisters, or one woman
# spelt two ways whose age her family guessed or a later list gave: the engine never scores
# such a pair above possible (GIVEN_PARTLY_BIRTHS_APART_CAP), and only a person can tell
# which; made a new person unasked, one woman would be recorded twice.
GIVEN_PARTLY_BIRTHS_APART = ("the given names only partly agree and the births disagree: sisters, "
                             "or one woman whose birth was given differently: asked")


def names_agree(a: Prepared, b: Prepared, given_at: float = MATCH_AT, at_least: int = 2) -> bool:
    """Her given name and at least two (at_least) more of father, grandfather and family,
    given in both records, each alike (see dedupe.NAMES_ALIKE). given_at: how alike the given
    names must be (a given name that only partly agrees, PARTIAL_AT: see
    dedupe.RowMatcher._asked_below_probable)."""
    fa, fb = a.forms, b.forms
    given = NamePart.GIVEN
    if given not in fa or given not in fb or forms_sim(fa[given], fb[given], True, True) < given_at:
        return False
    shared = [p for p in _SHIFTED if p in fa and p in fb]
    return len(shared) >= at_least and all(forms_sim(fa[p], fb[p]) >= MATCH_AT for p in shared)


def birth_alone(score: MatchScore) -> bool:
    """The births disagree and no other field does (sex and village may be blank)."""
    return score.births_apart and {
        f.field for f in score.fields if f.verdict == Verdict.MISMATCH} == {"birth"}


def given_partly_births_apart_asks(me: Prepared, other: Prepared, score: MatchScore) -> bool:
    """Her given names partly alike, at least two more of father, grandfather and family alike,
    and nothing but the births disagreeing: asked (GIVEN_PARTLY_BIRTHS_APART) from UNLIKELY up,
    or below it where the births alone took her there (_births_alone_pushed_out). score: the
    pair explained. `match` shows such a candidate below its minimum score too."""
    return birth_alone(score) and given_partly(score) and names_agree(me, other, PARTIAL_AT) \
        and (score.score >= UNLIKELY or _births_alone_pushed_out(me, other, score))


def given_partly_births_apart_worth_a_look(me: Prepared, other: Prepared) -> bool:
    """What given_partly_births_apart_asks needs before the pair is explained: both births
    known and apart, the names alike as it asks (for a search's sifting, cheaply)."""
    return births_far(me, other) and names_agree(me, other, PARTIAL_AT)


def _births_alone_pushed_out(me: Prepared, other: Prepared, score: MatchScore) -> bool:
    """Births a few years apart (not farther than the years since 2014 and a guess) took a pair
    below UNLIKELY that the rest of the two records keeps at or above it: Susan against Suzan
    or سوزان, Kowsar against Kawthar or كوثر, her father's and grandfather's names alike and
    nothing more in the list, her age given four years off (0.38; 0.83 without the births). The
    same row with no birth is asked about (_asked_below_probable), and a birth guessed or given
    years later made her a second record unasked. Sisters' names the engine tells apart stay
    apart with or without births (Samira and Samar: 0.22 without)."""
    return not score.births_far_apart and births_left_out(me, other) >= UNLIKELY


def given_partly(score: MatchScore) -> bool:
    """The given names only partly agree (dedupe.Match.given_partial)."""
    return any(f.field == "given" and f.verdict == Verdict.PARTIAL for f in score.fields)
