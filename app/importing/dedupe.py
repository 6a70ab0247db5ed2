"""Matching staged rows against the vault and against earlier rows of the same file.

The matching engine does it all: its blocking keys (consonant skeletons shared by Arabic and
Latin spellings, tolerant of one misspelt word) find the candidates, and its record score
decides and explains field by field. So a row spelt Khaleel Elias Hassan meets the vault's
خليل الياس حسن, and Nadya meets Nadia, exactly as `casekeeper match` and `duplicates` do.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from app.domain.errors import ValidationError
from app.domain.person import NamePart, Person
from app.importing import notes
from app.importing.sex_said import listed_sex
from app.matching.blocking import GIVEN_ONLY, BlockIndex, keys_and_mask, merged_found_note
from app.matching.given_clan import (
    GIVEN_AND_FAMILY,
    GIVEN_FAMILY,
    ONLY_ONE,
    clan_namesakes,
    given_and_family,
    given_and_family_asks,
)
from app.matching.score import (
    GIVEN_ALONE,
    GIVEN_PARTLY_BIRTHS_APART,
    IDENTITY,
    MATCH_AT,
    PARTIAL_AT,
    UNLIKELY,
    MatchScore,
    Prepared,
    Verdict,
    birth_alone,
    births_far,
    forms_sim,
    given_alone,
    given_alone_asks,
    given_partly,
    given_partly_births_apart_asks,
    names_agree,
    prepare,
    same_kunya,
    same_kunya_note,
    score_persons,
)
from app.persons import normalise_case_no

# On the matching engine's scale: given + father + grandfather + village agreeing is 0.979.
CERTAIN = 0.975
PROBABLE = 0.83  # below this a candidate is not shown (but see ASKED): the row is a new person
# A row with little to go on (given and father's name only: 0.78, 0.82 with sex) that
# nothing contradicts is still asked about: "Nadia Khalil" from a family may well be the vault's
# Nadia Khalil Elias. Candidates this far down with any field in disagreement (another clan,
# another village: a namesake) are not.
ASKED = 0.75
# A row whose whole name agrees with a record's (her given name and two more of father,
# grandfather and family, each alike) is asked about however low the rest brings the score:
# an age mistyped or read as a year ("16" for 2016), or another village, made Narin Hajji
# Mahmoud Jilki, identical in both scripts, a new person without a word (0.82), where a
# person must look. Sisters differ in the given name; namesakes with three names alike are
# rare enough to ask about. With --yes such a row is still a new person, reported as a
# possible duplicate.
NAMES_ALIKE = "the whole name agrees: asked although other fields disagree"
# Asked below ASKED too: given names only partly alike (Basima, Basma), every other name alike
# and nothing disagreeing (_asked_below_probable).
NAMES_NEARLY = "the given names partly agree and the rest of the name agrees: asked"
# Asked below ASKED too: a row whose given name is not known, her father's and grandfather's
# names alike and nothing disagreeing (_nameless_daughter).
NAMELESS = "her given name is not known, and her father's and grandfather's names agree: asked"
# SAME_KUNYA, SAME_HUSBAND (score.py): asked however low the score.
# Asked however low the births bring the score (down to UNLIKELY): her given name and the other
# names both records hold agree, at least one of father, grandfather and family among them,
# and nothing but the birth disagrees. A list of 2026 giving the age she was taken at, or a
# family's guess, puts one woman's births a dozen years apart (score.BIRTH_WEIGHTS), and such
# a row of given and father's name, sex and village agreeing was a new person unasked. Scored
# as any birth disagreement it is 0.52; UNLIKELY keeps out a row with less beside the names
# (no sex, no village: 0.30). Sisters differ in the given name (GIVEN_PARTLY_BIRTHS_APART when
# it partly agrees); a namesake of another age (a cousin named after the same grandmother) is
# asked about, never taken as certain (Match.births_apart).
BIRTH_ALONE = "nothing but the birth disagrees: asked"
# GIVEN_PARTLY_BIRTHS_APART and UNLIKELY (score.py, where the match command reads them too):
# asked about with births apart; the score below which two records are two people.
# Candidates scored per row: those sharing the most blocking keys. The same person shares
# nearly all of them; a list of 100,000 against a vault of 100,000 stays within minutes.
LOOKED_AT = 6
_NAME_PARTS = (NamePart.GIVEN, NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و",
                          "ئ": "ي", "ک": "ك", "ی": "ي", "ە": "ه", "ڕ": "ر", "ڵ": "ل", "ۆ": "و",
                          "ێ": "ي", "ـ": None})
_AR_MARKS = re.compile("[\u064b-\u065f\u0670]")
_LAT_PARTICLE = re.compile(r"^(al|el|ul)[- ]?(?=\w{3})")
_PARTICLES = {"al", "el", "ul", "bin", "ibn", "bint", "abu", "ال"}
_DOUBLE = re.compile(r"([^\W\d_])\1+")  # letters only: "Given11" is not "Given1"


@lru_cache(maxsize=200_000)  # names repeat endlessly across a list: normalise each spelling once
def norm(text: str) -> str:
    """A name as a matching key: Arabic letter forms unified, Latin folded (never displayed)."""
    t = _AR_MARKS.sub("", unicodedata.normalize("NFC", text)).translate(_AR_FOLD)
    t = "".join(ch for ch in unicodedata.normalize("NFKD", t.casefold())
                if not unicodedata.combining(ch) or "\u0600" <= ch <= "\u06ff")
    words = [_LAT_PARTICLE.sub("", w) for w in t.split() if w not in _PARTICLES]
    words = [re.sub(r"^ال(?=\w{3})", "", w) for w in words]
    return _DOUBLE.sub(r"\1", re.sub(r"[^\w]+", " ", " ".join(words)).strip())


def name_identity(p: Person) -> str:
    """A stable text key of the name, for recognising the same row in a later version."""
    parts = []
    for part in _NAME_PARTS:
        text = p.names.get(part)
        if text is None:
            continue
        for script in ("original", "latin"):
            if value := norm(getattr(text, script)):
                parts.append(f"{part.value}.{script}={value}")
    return ";".join(sorted(parts))


def identity_in(row_key: str, script: str) -> tuple[str, int]:
    """The part of a name_identity in one script ('original' or 'latin'), with the number of
    name parts it holds: a row whose Latin spelling was corrected keeps its Arabic one."""
    parts = [p for p in row_key.split(";") if p.partition("=")[0].endswith("." + script)]
    return ";".join(parts), len(parts)


@dataclass(frozen=True)
class Match:
    score: float
    explain: str
    person_id: int | None = None  # a vault person
    row_number: int | None = None  # an earlier row of the same file
    tied: bool = False  # another candidate scores as well: never certain which one
    # A name part or sex says otherwise (another mother's name): never updated without asking,
    # however well the rest agrees.
    contradicted: bool = False
    # The given names only nearly agree (Basma and Basima, Nada and Nadia): sisters share every
    # other name, the village and often the year, so the rest cannot make up for it.
    given_partial: bool = False
    # The births disagree (more than three years apart as written: MatchScore.births_apart).
    # One woman's two lists often do (an age at her abduction beside her age now), and so do
    # two women of one name: a cousin named after the same grandmother, with the same father's
    # name. The rest can score high either way (every name, the village, the sex: 0.97 with a
    # disagreeing birth, 0.998 when the age agrees as her age when taken), and an update puts
    # the list's names and facts in her record: only a person can tell, so it is asked.
    births_apart: bool = False
    # Her father's or grandfather's names only nearly agree: حسن and حسين, محمد and محمود,
    # سعيد and سعد are other men's names a letter apart, and a cousin of her given name, with
    # the same grandfather and village, is no rarity in these families. Every other field
    # agreeing still scored 0.985, and the list's "rescued" was put on the cousin who is
    # still missing. A slip in one letter reads the same; only a person can tell.
    forebear_partial: bool = False
    # The list's own case number names this record: certain from PROBABLE up, and untied,
    # when nothing else doubts her (RowMatcher._by_case_no).
    by_case: bool = False
    # The list's case number names another record than this one: asked, whatever the score.
    case_other: bool = False

    @property
    def certain(self) -> bool:
        """Sure enough to update the record (or join the earlier row) without asking."""
        return ((self.score >= CERTAIN or self.by_case and self.score >= PROBABLE)
                and not self.tied and not self.contradicted and not self.given_partial
                and not self.births_apart and not self.forebear_partial
                and not self.case_other)


# A case number as families copy it off papers by hand: "SNJ 7", "SNJ7", "SNJ_7", "SNJ–7"
_CASE_LOOSE = re.compile(r"^([A-Za-z]{2,6})[\s\-_\u2013\u2014.]*(\d{1,9})$")


def case_no_read(typed: str) -> str | None:
    """The case number a list's cell gives, as normalise_case_no reads SNJ-7; "SNJ 7" and
    "SNJ7" too (else a number of this vault's prefix was passed over without a word); None
    for none, or another office's numbering (OKA/2015/0112)."""
    try:
        return normalise_case_no(typed)
    except ValidationError:
        m = _CASE_LOOSE.match(typed.strip())
        return normalise_case_no(f"{m[1]}-{m[2]}") if m else None


def other_office(typed: str, prefixes: Collection[str]) -> bool:
    """A list's case number that is none of this vault's (prefixes: vault_prefixes), kept on
    no record: OKA/2015/0112, and DHK-00112 or "OKA 113" as much, though read as numbers."""
    case = case_no_read(typed)
    return case is None or case.split("-")[0] not in prefixes


def vault_prefixes(session) -> set[str]:
    """The prefixes of this vault's case numbers: its own and its records' (shared in too)."""
    return session.persons.repo.case_prefixes() | {session.case_prefix}


TIE = 0.005  # scores this close say nothing about which of two candidates the row is
# Kept in the row's explanation, which the review already shows and stores: the other record is
# worth naming only together with that reason, and no column is needed for it.
TIED = "another record fits as well"
_TIED_WITH = re.compile(re.escape(TIED) + r": (?:row (\d+)|(\S+)) \(score ([\d.]+)\)")


def tied_note(other: str, score: float) -> str:
    """'another record fits as well: SNJ-00002 (score 0.996)'; other is a case number or
    'row N' of the same list."""
    return f"{TIED}: {other} (score {score:.3f})"


# A given name alone that fits several namesakes as well: each is named, so the row is not
# taken for the one with the lowest case number («غزالة», Kocho against five غزالة of Kocho).
MORE_TIED = "more records fit as well"
_MORE_TIED_AT = re.compile(re.escape(MORE_TIED) + r": ([^;]+)")


def more_tied_note(others: list[str]) -> str:
    """'more records fit as well: SNJ-00007, SNJ-00012' (case numbers, beside tied_note)."""
    return f"{MORE_TIED}: {', '.join(others)}"


def more_tied_with(explain: str) -> list[str]:
    """The case numbers a more_tied_note names, or none."""
    m = _MORE_TIED_AT.search(explain or "")
    return m[1].split(", ") if m else []


def without_tie(explain: str) -> str:
    """The explanation less what it says of records that fit as well (tied_note, more_tied_note):
    for a row whose tie is gone since (the records merged into one, or deleted), which must not
    name as a rival a record that no longer stands on its own."""
    return "; ".join(piece for piece in (explain or "").split("; ")
                     if not piece.startswith((TIED + ":", MORE_TIED + ":")))


def tied_with(explain: str) -> dict | None:
    """The other record a tied row's explanation names: {case_no, row, score}, or None."""
    m = _TIED_WITH.search(explain)
    if m is None:
        return None
    return {"case_no": m[2], "row": int(m[1]) if m[1] else None, "score": float(m[3])}


# A row of a new version of a list whose names are spelt otherwise than a row of the last
# version that the lawyer decided by hand, or that made a new person with nothing to ask
# (ڤيان then, فيان now), the same woman by the person it went to then: it waits, that person
# suggested, the decision not taken again on its own (import --yes takes it: see
# ImportService._respelt).
RESPELT = "spelt otherwise in the last import of this list"
# How the row of the last version went to her: decided by hand, or a new person made of it.
BY_HAND_THEN, CREATED_THEN = "decided by hand", "created"
_RESPELT_AT = re.compile(re.escape(RESPELT) + r" \(batch (\d+), row (\d+)\), ("
                         + BY_HAND_THEN + "|" + CREATED_THEN + r") then: (\S+)")


# Said of a match where the list's own case number names the record.
CASE_NO_NAMES = "the list's case number names this record"
_CASE_NO_OTHER = re.compile(r"^the list's case number names (\S+), not this record$")


def case_no_other_note(case_no: str) -> str:
    """Said of a match the names make where the list's case number names another record."""
    return f"the list's case number names {case_no}, not this record"


def case_no_other_from(note: str) -> str | None:
    """The case number of a case_no_other_note, for saying it in another language."""
    m = _CASE_NO_OTHER.match(note)
    return m[1] if m else None


def respelt_note(batch: int, row: int, case_no: str, how: str = BY_HAND_THEN) -> str:
    """'spelt otherwise in the last import of this list (batch 1, row 8), decided by hand
    then: SNJ-00009' (or 'created then: SNJ-00009')."""
    return f"{RESPELT} (batch {batch}, row {row}), {how} then: {case_no}"


def respelt_from(explain: str) -> dict | None:
    """The row of the last version a respelt row's explanation names: {batch, row, case_no,
    how} (how: BY_HAND_THEN or CREATED_THEN)."""
    m = _RESPELT_AT.search(explain or "")
    return None if m is None else {"batch": int(m[1]), "row": int(m[2]), "case_no": m[4],
                                   "how": m[3]}


# A row that went with another row of the same woman (a repeat, or carried with her decision)
# waits again when a row of her it depended on is decided anew (same_woman.wait_again).
ASKED_AGAIN = "asked again: row {}, the same woman by the names, has been decided anew"
_ASKED_AGAIN_AT = re.compile(re.escape(ASKED_AGAIN).replace(r"\{\}", r"(\d+)"))


def asked_again_note(row: int) -> str:
    """'asked again: row 3, the same woman by the names, has been decided anew'."""
    return ASKED_AGAIN.format(row)


def asked_again_from(note: str) -> int | None:
    """The row an asked-again note names, or None."""
    m = _ASKED_AGAIN_AT.fullmatch(note or "")
    return None if m is None else int(m[1])


def with_note(explain: str, note: str) -> str:
    """A stored explanation with one more note, once."""
    notes = (explain or "").split("; ")
    return explain if note in notes else "; ".join([*filter(None, [explain]), note])


# A row the last import of this list also held (the same names): it goes to the person it went
# to then, and its explanation says so after the fields.
SAME_ROW = "the same row as in the last import of this list"
_SAME_ROW_AT = re.compile(re.escape(SAME_ROW) + r" \(batch (\d+)\)")


def same_row_note(batch: int) -> str:
    """'the same row as in the last import of this list (batch 1)'."""
    return f"{SAME_ROW} (batch {batch})"


def same_row_from(explain: str) -> int | None:
    """The batch a same-row explanation names (the last import of the list), or None."""
    m = _SAME_ROW_AT.search(explain or "")
    return None if m is None else int(m[1])


def said_against(explain: str) -> list[str]:
    """The fields that tell two people apart (IDENTITY) on which a stored explanation says
    the pair disagrees ('given match, mother mismatch; ...' -> ['mother'])."""
    summary = (explain or "").split("; ")[0]
    return [f for f, _, v in (item.rpartition(" ") for item in summary.split(", "))
            if v == Verdict.MISMATCH and f in IDENTITY]


def contradictions(listed: Person, vault: Person) -> tuple[list[dict], MatchScore]:
    """Where a row and a vault person disagree on a field that tells two people apart
    ({field, list, vault} each), with the score worked out now by the matching engine."""
    s = score_persons(listed, vault)
    # a sex as the list wrote it with its reading (sex_said.py), never the letter read
    return [{"field": f.field, "list": f.left, "vault": f.right,
             **(listed_sex(listed) if f.field == "sex" else {})}
            for f in s.contradictions()], s


@dataclass(frozen=True)
class Doubts:
    """What speaks against updating a vault person with a row, worked out now (the vault may
    have changed since the list was staged): each asks for a yes in so many words."""

    score: MatchScore
    contradicts: list[dict]  # {field, list, vault}: a field that tells two people apart
    given_partial: dict | None  # {list, vault}: given names only partly alike (her sister?)

    @property
    def unlikely(self) -> bool:
        return self.score.score < UNLIKELY

    def __bool__(self) -> bool:
        return bool(self.contradicts or self.given_partial or self.unlikely)

    @property
    def forebear_partial(self) -> bool:
        """Her father's or grandfather's names only partly agree: no refusal of a decision
        made by hand, who sees it said, but no row is taken for her unseen (carried with
        another row, or as spelt otherwise last time)."""
        return forebears_partly(self.score)


def doubts(listed: Person, vault: Person) -> Doubts:
    against, s = contradictions(listed, vault)
    partly = next(({"list": f.left, "vault": f.right} for f in s.fields
                   if f.field == "given" and f.verdict == Verdict.PARTIAL), None)
    return Doubts(s, against, partly)


class RowMatcher:
    """Matches each row against the vault and the rows before it in the same file."""

    def __init__(self, vault: Iterable[Person], kept: dict[int, int] | None = None,
                 prefix: str = "", prefixes: Collection[str] = (),
                 whole: BlockIndex | None = None) -> None:
        """kept: {a record merged into another (among vault): the live record it is kept as}
        (MatchingService.with_merged); a row fitting such a record is matched to her. prefix:
        the vault's case numbers' (a list's case number of that form names a record);
        prefixes: all of the vault's (vault_prefixes), when only some records are read."""
        self.vault = BlockIndex()
        self.vault.kept = kept or {}
        for p in vault:
            self.vault.add(p.id, p)
        self.file = BlockIndex()
        # Each earlier row -> who she is: the vault person or earlier row she was certainly
        # found to be, or herself. Two earlier rows of one woman both fit a later row of her:
        # that is no tie (a list naming her three times made her twice).
        self.lead: dict[int, tuple[str, int]] = {}
        # The last row matched, when it held only a given name shared by too many records to
        # compare (BlockIndex.namesakes): how many; the row is said to be so, never silently new.
        self.too_common = 0
        # The list's case numbers: the records they name (merged ones too), and the prefixes
        # of this vault's numbers; (note template, the number as typed) of the last row, when
        # its case number is worth a word in the row's warnings (_by_case_no).
        self.cases = {e.person.case_no: pid for pid, e in self.vault.entries.items()}
        self.prefixes = {c.split("-")[0] for c in self.cases} | ({prefix} if prefix else set()) \
            | set(prefixes)
        self.case_said: tuple[str, str] | None = None
        # The last row matched, when it held only a given name and a clan and more than one
        # vault record of them fits it, none better than the rest (given_clan.ONLY_ONE): their
        # case numbers; the row is new, and said to be so, never silently.
        self.clan_namesakes: list[str] = []
        # The vault whole, where vault is only the persons added since a list was staged
        # (ask_about_persons_added_since): "the only record of her given name and clan" is
        # counted over it, as staging counts it; and the sifting of her clan's records, kept
        # for the next row of that given name and clan (given_clan.clan_namesakes).
        self.whole = self.vault if whole is None else whole
        self._sifted: dict = {}
        self._only_one: int | None = None  # the record _clan_namesake found for the last row
        self._named: dict[tuple[int, ...], list[str]] = {}  # their case numbers, once

    def match(self, person: Person, row_number: int | None) -> Match | None:
        """The best candidate in the vault or among the earlier rows. row_number None: the
        vault alone, the row not remembered (a row checked again against persons added after
        its list was staged)."""
        best = None  # (score, id, in_vault, the runner-up (score, id) when tied, all found)
        keyed, me = keys_and_mask(person), prepare(person)  # once, for both indexes
        indexes = ((self.vault, True),) if row_number is None else (
            (self.vault, True), (self.file, False))
        # Too common in the vault to compare: not taken for an earlier row of that name either
        self.too_common = self.vault.namesakes(me, keyed[0])[1] \
            if keyed[1] == GIVEN_ONLY and self.vault.entries else 0
        self.clan_namesakes, self._only_one = [], None
        for index, in_vault in indexes:
            if not index.entries:
                continue
            found = [(s, pid) for s, pid in
                     index.scores(me, person, ASKED, keyed=keyed, looked_at=LOOKED_AT,
                                  keep=_kept_below_asked)
                     if self._worth_asking(s, me, index, pid)]
            if not found and in_vault and keyed[1] == GIVEN_FAMILY:
                found = self._clan_namesake(me, keyed[0])
            if found and (best is None or found[0][0] > best[0]):
                best = (found[0][0], found[0][1], in_vault, self._runner_up(found, in_vault),
                        found)
        if row_number is not None:
            self.file.add(row_number, person, keyed, me)
        self.case_said = None
        if best is None:
            m = self._by_case_no(person, me, None, None)
            if row_number is not None:
                self.lead[row_number] = ("vault", m.person_id) if m and m.certain \
                    else ("row", row_number)
            return m
        score, pid, in_vault, tied, found = best
        c = (self.vault if in_vault else self.file).explain(me, pid)  # only the one kept
        why = c.score.summary()
        if score < PROBABLE and not _uncontested(c.score.fields):
            # what made so low a score worth asking about
            other = (self.vault if in_vault else self.file).entries[pid].ready()
            squeezed = c.score.unsqueezed is not None
            why += "; " + (GIVEN_PARTLY_BIRTHS_APART if squeezed or given_partly(c.score)
                           and birth_alone(c.score) else NAMES_ALIKE if names_agree(me, other)
                           else BIRTH_ALONE)
        elif score < ASKED:
            index = self.vault if in_vault else self.file
            other = index.entries[pid].ready()
            why += "; " + (GIVEN_ALONE if given_alone(me, other) else GIVEN_AND_FAMILY
                           if given_and_family_asks(me, other, c.score) else ONLY_ONE
                           if in_vault and pid == self._only_one else NAMELESS
                           if _nameless_daughter(me, other) else same_kunya_note(me, other)
                           if same_kunya(me, other) else NAMES_NEARLY)
        if in_vault and self.vault.kept_as(pid) != pid:
            why += "; " + merged_found_note(self._case(pid, False), self._case(pid))
        if tied:
            other = self._case(tied[1]) if in_vault else f"row {tied[1]}"
            why += "; " + tied_note(other, tied[0])
            if in_vault and score < ASKED:
                more = [self._case(p) for s, p in found
                        if s >= score - TIE and p not in (pid, tied[1])]
                if more:
                    why += "; " + more_tied_note(more)
        m = Match(c.score.score, why, person_id=self.vault.kept_as(pid) if in_vault else None,
                  row_number=None if in_vault else pid, tied=tied is not None,
                  **_doubts_of(c.score))
        if not in_vault and m.certain and self.lead[pid][0] == "vault":
            # The earlier row is a woman of the vault: what this row says is put on her record,
            # so it must hold against her record too, not only against the earlier row (a row
            # with no mother's name, then one with another mother than hers, made "rescued"
            # hers as a repeat of the first).
            vid = self.lead[pid][1]
            c = self.vault.explain(me, vid)
            held = Match(c.score.score, c.score.summary(), person_id=vid, **_doubts_of(c.score))
            if not held.certain:
                m = held
        m = self._by_case_no(person, me, m, [self.vault.kept_as(p) for _, p in found]
                             if in_vault else None)
        if row_number is not None:
            self.lead[row_number] = (("vault", m.person_id) if m.person_id is not None
                                     else self.lead[pid]) if m.certain else ("row", row_number)
        return m

    def _by_case_no(self, person: Person, me: Prepared, m: Match | None,
                    found: list[int] | None) -> Match | None:
        """m as the list's own case number for the row bears on it (lists come back from
        families and offices with the case numbers given them). The record it names, among
        those the row fits (a namesake tied with her): her, untied, certain when nothing
        doubts her. It names one record and the names fit another: asked about, and said.
        It names a record the row does not fit at all: asked about against her. A number of
        this vault's form that no record has: said (self.case_said). found: the vault records
        the row fits, when the best is one."""
        typed = person.case_no.strip()
        if not typed or not self.cases:
            return m
        case = case_no_read(typed)
        if case is None:
            return m  # another office's numbering, or none: its own business
        vid = self.cases.get(case)
        if vid is None:
            if case.split("-")[0] in self.prefixes:
                self.case_said = (notes.CASE_NO_UNKNOWN, typed)
            return m
        vid = self.vault.kept_as(vid)
        if m is not None and m.row_number is not None and self.lead[m.row_number] == ("vault", vid):
            return m  # an earlier row of the list, certainly her
        c = self.vault.explain(me, vid)
        if m is not None and (m.person_id == vid or found and vid in found) \
                or m is None and c.score.score >= UNLIKELY:
            return Match(c.score.score, with_note(c.score.summary(), CASE_NO_NAMES),
                         person_id=vid, by_case=True, **_doubts_of(c.score))
        if m is None:  # a new person, said to bear the number of a record she does not fit
            self.case_said = (notes.CASE_NO_NOT_FITTING, typed)
            return None
        self.case_said = (notes.CASE_NO_OTHER, typed)
        return replace(m, explain=with_note(m.explain, case_no_other_note(case)),
                       case_other=True)

    def _case(self, pid: int, kept: bool = True) -> str:
        """A vault record's case number; kept: the one of the record she is kept as."""
        return self.vault.entries[self.vault.kept_as(pid) if kept else pid].person.case_no

    def _clan_namesake(self, me: Prepared, keys: set[str]) -> list[tuple[float, int]]:
        """A row of a given name and a clan that nothing more was found for in the vault: the
        one record of them that nothing disagrees with, to be asked about (given_clan.ONLY_ONE);
        with more, none, and their case numbers kept to be said (self.clan_namesakes). Not
        among the list's own rows: two rows of one given name and clan and nothing more are
        as often two women of one family's list, and the first is asked about already."""
        ids = clan_namesakes(self.whole, me, keys, self._sifted)
        if self.whole is not self.vault and not any(pid in self.vault.entries for pid in ids):
            return []  # none of them added since the list was staged: nothing new of her
        if len(ids) == 1:
            self._only_one = ids[0]
            return [(self.vault.explain(me, ids[0]).score.score, ids[0])]
        if ids not in self._named:
            self._named[ids] = [self.whole.entries[pid].person.case_no for pid in ids]
        self.clan_namesakes = self._named[ids]
        return []

    def _worth_asking(self, s: float, me: Prepared, index, pid: int) -> bool:
        """A candidate shown (from PROBABLE up) or asked about (_asked_below_probable). A score
        squeezed by score.GIVEN_PARTLY_BIRTHS_APART_CAP is judged as it was before: the squeeze
        says how likely, never turns a row that would have been asked about into a new person
        unasked (another village or abduction year beside the births apart: Nargis and Nêrgiz,
        0.86 squeezed to 0.72, was made twice in silence)."""
        other = index.entries[pid].ready()
        if s >= PROBABLE or names_agree(me, other):
            return True
        c = index.explain(me, pid)
        if c.score.unsqueezed is not None:
            s = c.score.unsqueezed
            if s >= PROBABLE:
                return True
        return self._asked_below_probable(s, me, c, other) and (s >= ASKED or not self.too_common)

    @staticmethod
    def _asked_below_probable(s: float, me: Prepared, c, other: Prepared) -> bool:
        """A candidate below PROBABLE that nothing contradicts is asked about from ASKED up;
        below that only a given name alone with more agreeing (GIVEN_ALONE). c: her candidate
        explained."""
        if s >= UNLIKELY and birth_alone(c.score) and names_agree(me, other, at_least=1):
            return True  # BIRTH_ALONE
        if given_partly_births_apart_asks(me, other, c.score):
            return True  # GIVEN_PARTLY_BIRTHS_APART
        if s >= ASKED:
            return _uncontested(c.score.fields)
        # Basima against Basma with father and grandfather alike and nothing disagreeing
        # (0.71 with no birth): sisters, or one woman spelt two ways; only a person can tell,
        # and a new person made unasked would be a duplicate nobody sees.
        # Not below UNLIKELY, where the engine judges them two people (sisters of one list
        # with no ages, Samar and Samira, 0.42).
        if s >= UNLIKELY and names_agree(me, other, PARTIAL_AT) \
                and _uncontested(c.score.fields):
            return True
        if s >= UNLIKELY and _nameless_daughter(me, other) and _uncontested(c.score.fields):
            return True
        if same_kunya(me, other) and _uncontested(c.score.fields):
            return True
        return given_alone_asks(me, other, c.score) or given_and_family_asks(me, other, c.score)

    def _runner_up(self, found: list[tuple[float, int]], in_vault: bool
                   ) -> tuple[float, int] | None:
        """The best other candidate as good as the first (within TIE) that is not the same
        woman: two vault records are two records; two earlier rows may be one woman."""
        top_score, top = found[0]
        for s, pid in found[1:]:
            if s < top_score - TIE:
                return None
            if in_vault or self.lead[pid] != self.lead[top]:
                return s, pid
        return None


def _doubts_of(score: MatchScore) -> dict[str, bool]:
    """What keeps a match of this score from being certain, however high (see Match)."""
    return {"contradicted": bool(score.contradictions()),
            "given_partial": given_partly(score),
            "forebear_partial": forebears_partly(score),
            "births_apart": score.births_apart}


def forebears_partly(score: MatchScore) -> bool:
    """Her father's or grandfather's names only partly agree (Match.forebear_partial)."""
    return any(f.field in _FOREBEARS_ASKED and f.verdict == Verdict.PARTIAL
               for f in score.fields)


def _kept_below_asked(a: Prepared, b: Prepared, scored: MatchScore | None) -> bool:
    """A candidate scored below ASKED kept to be judged (RowMatcher._worth_asking): worth a look,
    or squeezed below ASKED from a score at or above it (score.GIVEN_PARTLY_BIRTHS_APART_CAP).
    scored None: a bound put the pair below ASKED unscored, and it bounds the unsqueezed score
    too (BlockIndex.scores); scoring such pairs again cost a sixth of staging a long list."""
    if _worth_a_look(a, b):
        return True
    return scored is not None and scored.unsqueezed is not None and scored.unsqueezed >= ASKED


def _worth_a_look(a: Prepared, b: Prepared) -> bool:
    """A candidate kept below ASKED, to be explained and perhaps asked about: names_agree(a, b,
    PARTIAL_AT), or births_far and names_agree(a, b, at_least=1), or given_alone,
    given_and_family, _nameless_daughter or same_kunya. Asked of nearly every candidate of a
    long list: the two names_agree share one reading of the names instead of two."""
    fa, fb = a.forms, b.forms
    given = NamePart.GIVEN
    if given in fa and given in fb:
        sim = forms_sim(fa[given], fb[given], True, True)
        if sim >= PARTIAL_AT:
            shared = [p for p in _FOREBEARS if p in fa and p in fb]
            if shared and all(forms_sim(fa[p], fb[p]) >= MATCH_AT for p in shared) and (
                    len(shared) >= 2 or sim >= MATCH_AT and births_far(a, b)):
                return True
    return given_alone(a, b) or given_and_family(a, b) or _nameless_daughter(a, b) \
        or same_kunya(a, b)


def _nameless_daughter(a: Prepared, b: Prepared) -> bool:
    """A row whose given name is not known («مجهولة الاسم بنت الياس حسن») and a record of the
    same father and grandfather, each alike: she may be that daughter, and only a person can
    tell (0.70 with the village alike, and she was a new nameless person nobody was asked
    about: a tester's day)."""
    fa, fb = a.forms, b.forms
    return NamePart.GIVEN not in fa and all(
        p in fa and p in fb and forms_sim(fa[p], fb[p]) >= MATCH_AT
        for p in (NamePart.FATHER, NamePart.GRANDFATHER))


_FOREBEARS = (NamePart.FATHER, NamePart.GRANDFATHER, NamePart.FAMILY)
# The names that tell cousins apart (not the clan, which thousands share and lists write many
# ways): one only partly alike is never taken as certain (Match.forebear_partial).
_FOREBEARS_ASKED = frozenset({str(NamePart.FATHER), str(NamePart.GRANDFATHER)})


def _uncontested(fields) -> bool:
    """No field of the pair disagrees (each matches, nearly matches or is blank on a side)."""
    return not any(f.verdict == Verdict.MISMATCH for f in fields)
